import type { Actor } from "@/lib/core/auth/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { adminActor, customerActor, PDF, PNG, providerActor, withTemporaryStorage } from "@/lib/verification/test-helpers";
import { GET as listDocuments, POST as uploadDocument } from "./route";
import { GET as getFile } from "./[id]/file/route";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();
withTemporaryStorage();

const origin = "http://localhost:3000";
const session = { cookie: "next-auth.session-token=test" };
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

function upload(kind: string, file: { name: string; bytes: Buffer; type?: string }) {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/pdf" }), file.name);
  return uploadDocument(new Request(`${origin}/api/verification/documents`, { method: "POST", body: form, headers: { ...session, origin } }), ctx({}));
}
const fileOf = (id: string) => getFile(new Request(`${origin}/api/verification/documents/${id}/file`, { headers: session }), ctx({ id }));

describe("/api/verification/documents", () => {
  it("uploads by content for the signed-in provider and lists their documents", async () => {
    mockActor = null;
    expect((await upload("ID", { name: "id.pdf", bytes: PDF })).status).toBe(401);
    expect((await listDocuments(new Request(`${origin}/api/verification/documents`, { headers: session }), ctx({}))).status).toBe(401);
    mockActor = await customerActor();
    expect((await upload("ID", { name: "id.pdf", bytes: PDF })).status).toBe(403);

    const provider = await providerActor();
    mockActor = provider;
    const created = await upload("LICENCE", { name: "licence.pdf", bytes: PNG });
    expect(created.status).toBe(201);
    const document = await created.json();
    expect(document).toMatchObject({ kind: "LICENCE", status: "PENDING", contentType: "image/png", fileName: "licence.png", fileUrl: `/api/verification/documents/${document.id}/file` });

    const garbage = await upload("ID", { name: "id.pdf", bytes: Buffer.from("plain text pretending") });
    expect(garbage.status).toBe(415);
    expect((await garbage.json()).error.details.fields.file).toEqual(["Upload a PDF, JPEG or PNG"]);
    const badKind = await upload("DIPLOMA", { name: "d.pdf", bytes: PDF });
    expect(badKind.status).toBe(422);
    expect(Object.keys((await badKind.json()).error.details.fields)).toEqual(["_"]);

    const list = await listDocuments(new Request(`${origin}/api/verification/documents`, { headers: session }), ctx({}));
    expect((await list.json()).data.map((d: { id: string }) => d.id)).toEqual([document.id]);
  });

  it("streams a document only to its provider and admins, never sniffable or cached", async () => {
    const owner = await providerActor();
    mockActor = owner;
    const document = await (await upload("INSURANCE", { name: "insurance.pdf", bytes: PDF })).json();

    const served = await fileOf(document.id);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(PDF)).toBe(true);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toBe("private, no-store");
    expect(served.headers.get("content-security-policy")).toContain("sandbox");

    mockActor = await adminActor();
    expect((await fileOf(document.id)).status).toBe(200);
    mockActor = await providerActor();
    expect((await fileOf(document.id)).status).toBe(404);
    mockActor = await customerActor();
    expect((await fileOf(document.id)).status).toBe(404);
    mockActor = null;
    expect((await fileOf(document.id)).status).toBe(401);
  });
});
