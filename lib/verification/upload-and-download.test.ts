import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import { getVerificationDocumentFile } from "./get-verification-document-file";
import { listMyVerificationDocuments } from "./list-my-verification-documents";
import { MAX_PENDING_DOCUMENTS } from "./schemas";
import { uploadVerificationDocument } from "./upload-verification-document";
import { adminActor, codeOf, customerActor, failure, JPEG, PDF, PNG, providerActor, withTemporaryStorage } from "./test-helpers";

setupTestDatabase();
const storage = withTemporaryStorage();

describe("uploadVerificationDocument", () => {
  it("refuses anyone but a provider, before storing anything", async () => {
    expect(await codeOf(uploadVerificationDocument({ actor: null, kind: "ID", bytes: PDF, fileName: "id.pdf" }))).toBe("UNAUTHENTICATED");
    expect(await codeOf(uploadVerificationDocument({ actor: await customerActor(), kind: "ID", bytes: PDF, fileName: "id.pdf" }))).toBe("FORBIDDEN");
    expect(await codeOf(uploadVerificationDocument({ actor: await adminActor(), kind: "ID", bytes: PDF, fileName: "id.pdf" }))).toBe("FORBIDDEN");
    // A stale session naming someone else's profile reaches nothing.
    const other = await providerActor();
    const me = await providerActor();
    expect(await codeOf(uploadVerificationDocument({ actor: { ...me, providerId: other.providerId }, kind: "ID", bytes: PDF, fileName: "id.pdf" }))).toBe("NOT_FOUND");
    expect(await db.verificationDocument.count({ where: { providerId: { in: [other.providerId, me.providerId] } } })).toBe(0);
  });

  it("stores a PDF as PENDING, marks the provider PENDING, and writes audit and outbox rows", async () => {
    const provider = await providerActor();
    const document = await uploadVerificationDocument({ actor: provider, kind: "LICENCE", bytes: PDF, fileName: "C:\\scans\\My Licence.PDF" });
    expect(document).toMatchObject({ kind: "LICENCE", status: "PENDING", contentType: "application/pdf", fileName: "my-licence.pdf", sizeBytes: PDF.length, expiresAt: null });
    expect(document).not.toHaveProperty("storageKey");
    const row = await db.verificationDocument.findUniqueOrThrow({ where: { id: document.id } });
    expect(row.storageKey).toMatch(new RegExp(`^verification/${provider.providerId}/[0-9a-f]{24}/my-licence\\.pdf$`));
    expect((await storage.get(row.storageKey))?.body.equals(PDF)).toBe(true);
    expect((await db.providerProfile.findUniqueOrThrow({ where: { id: provider.providerId } })).verification).toBe("PENDING");
    expect(await db.auditLog.findFirst({ where: { entityType: "VerificationDocument", entityId: document.id }, select: { action: true, actorId: true } })).toEqual({
      action: "verification.document_uploaded",
      actorId: provider.userId,
    });
    const events = await db.outboxEvent.findMany({ where: { type: "verification.document_uploaded" }, select: { payload: true } });
    expect(events.some((e) => (e.payload as { data: { documentId: string } }).data.documentId === document.id)).toBe(true);
  });

  it("decides the type by content: a .pdf name with PNG bytes is stored as PNG; garbage or a GIF named .pdf is refused", async () => {
    const provider = await providerActor();
    const png = await uploadVerificationDocument({ actor: provider, kind: "ID", bytes: PNG, fileName: "passport.pdf" });
    expect(png).toMatchObject({ contentType: "image/png", fileName: "passport.png" });
    const jpeg = await uploadVerificationDocument({ actor: provider, kind: "INSURANCE", bytes: JPEG, fileName: "policy.png" });
    expect(jpeg).toMatchObject({ contentType: "image/jpeg", fileName: "policy.jpg" });

    const garbage = await failure(uploadVerificationDocument({ actor: provider, kind: "ID", bytes: Buffer.from("%PDX- definitely not a document"), fileName: "passport.pdf" }));
    expect(garbage.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(garbage.details?.fields?.file).toBeDefined();
    expect(await codeOf(uploadVerificationDocument({ actor: provider, kind: "ID", bytes: Buffer.from("GIF89a\x01\x00", "latin1"), fileName: "id.pdf" }))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await codeOf(uploadVerificationDocument({ actor: provider, kind: "ID", bytes: Buffer.alloc(0), fileName: "id.pdf" }))).toBe("VALIDATION_FAILED");
    const badKind = await failure(uploadVerificationDocument({ actor: provider, kind: "PASSPORT", bytes: PDF, fileName: "id.pdf" }));
    expect(badKind.code).toBe("VALIDATION_FAILED");
    expect(await db.verificationDocument.count({ where: { providerId: provider.providerId } })).toBe(2);
  });

  it(`holds at most ${MAX_PENDING_DOCUMENTS} pending documents per provider`, async () => {
    const provider = await providerActor();
    for (let i = 0; i < MAX_PENDING_DOCUMENTS; i++) await uploadVerificationDocument({ actor: provider, kind: "ID", bytes: PDF, fileName: `id-${i}.pdf` });
    expect(await codeOf(uploadVerificationDocument({ actor: provider, kind: "ID", bytes: PDF, fileName: "one-more.pdf" }))).toBe("CONFLICT");
  });
});

describe("listMyVerificationDocuments", () => {
  it("lists only the actor's own documents, newest first, and only to providers", async () => {
    const mine = await providerActor();
    const theirs = await providerActor();
    const first = await uploadVerificationDocument({ actor: mine, kind: "ID", bytes: PDF, fileName: "id.pdf", now: new Date(Date.now() - 60_000) });
    const second = await uploadVerificationDocument({ actor: mine, kind: "INSURANCE", bytes: PNG, fileName: "ins.png" });
    await uploadVerificationDocument({ actor: theirs, kind: "ID", bytes: PDF, fileName: "id.pdf" });
    expect((await listMyVerificationDocuments({ actor: mine })).map((d) => d.id)).toEqual([second.id, first.id]);
    expect(await codeOf(listMyVerificationDocuments({ actor: null }))).toBe("UNAUTHENTICATED");
    expect(await codeOf(listMyVerificationDocuments({ actor: await customerActor() }))).toBe("FORBIDDEN");
    expect(await codeOf(listMyVerificationDocuments({ actor: await adminActor() }))).toBe("FORBIDDEN");
  });
});

describe("getVerificationDocumentFile", () => {
  it("serves the file to its provider and admins; another provider and customers get 404, anonymous 401", async () => {
    const owner = await providerActor();
    const document = await uploadVerificationDocument({ actor: owner, kind: "ID", bytes: PNG, fileName: "id.pdf" });
    const served = await getVerificationDocumentFile({ actor: owner, documentId: document.id });
    expect(served).toMatchObject({ contentType: "image/png", fileName: "id.png" });
    expect(served.body.equals(PNG)).toBe(true);
    expect((await getVerificationDocumentFile({ actor: await adminActor(), documentId: document.id })).body.equals(PNG)).toBe(true);

    expect(await codeOf(getVerificationDocumentFile({ actor: await providerActor(), documentId: document.id }))).toBe("NOT_FOUND");
    expect(await codeOf(getVerificationDocumentFile({ actor: await customerActor(), documentId: document.id }))).toBe("NOT_FOUND");
    expect(await codeOf(getVerificationDocumentFile({ actor: null, documentId: document.id }))).toBe("UNAUTHENTICATED");
    expect(await codeOf(getVerificationDocumentFile({ actor: await adminActor(), documentId: "no-such-document" }))).toBe("NOT_FOUND");
  });
});
