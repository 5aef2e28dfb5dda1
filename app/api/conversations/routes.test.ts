import { tempDataDir } from "@/lib/messaging/testing/temp-data-dir";
import { rm } from "node:fs/promises";
import type { Actor } from "@/lib/core/auth/actor";
import { fileUrlSigningSecret, signFileUrl } from "@/lib/adapters/storage";
import { MAX_ATTACHMENT_BYTES } from "@/lib/messaging/limits";
import { CONTACT_PLACEHOLDER } from "@/lib/messaging/mask-contact-details";
import { actorOf, makeInquiryPair } from "@/lib/messaging/testing/fixtures";
import { TINY_PDF, TINY_PNG } from "@/lib/messaging/testing/files";
import { makeCustomer } from "@/lib/testing/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { GET as listConversations, POST as openConversation } from "./route";
import { GET as getConversation } from "./[id]/route";
import { GET as listMessages, POST as postMessage } from "./[id]/messages/route";
import { POST as markRead } from "./[id]/read/route";
import { POST as pin } from "./[id]/messages/[messageId]/pin/route";
import { GET as unreadCount } from "./unread-count/route";
import { GET as getFile } from "../files/[...key]/route";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();
afterAll(() => rm(tempDataDir, { recursive: true, force: true }));

const origin = "http://localhost:3000";
const session = { cookie: "next-auth.session-token=test" };
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const get = (path: string) => new Request(`${origin}${path}`, { headers: session });
const postJson = (path: string, body: unknown = {}) =>
  new Request(`${origin}${path}`, { method: "POST", body: JSON.stringify(body), headers: { ...session, origin, "content-type": "application/json" } });
function postForm(path: string, fields: Record<string, string>, files: { name: string; bytes: Buffer; type?: string }[]) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  for (const file of files) form.append("attachments", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }), file.name);
  return new Request(`${origin}${path}`, { method: "POST", body: form, headers: { ...session, origin } });
}
const json = async (response: Response) => ({ status: response.status, body: await response.json() });
const fileRequest = (url: string) => new Request(`${origin}${url}`);
const fileCtx = (url: string) => ctx({ key: new URL(url, origin).pathname.replace(/^\/api\/files\//, "").split("/") });

describe("/api/conversations", () => {
  it("requires a session, opens an inquiry (201, then 200) and lists it with unread counts", async () => {
    const pair = await makeInquiryPair();
    mockActor = null;
    expect((await listConversations(get("/api/conversations"), ctx({}))).status).toBe(401);

    const customer = actorOf(await makeCustomer());
    mockActor = customer;
    const opened = await json(await openConversation(postJson("/api/conversations", { providerId: pair.provider.id }), ctx({})));
    expect(opened).toEqual({ status: 201, body: { id: expect.any(String), created: true } });
    expect((await openConversation(postJson("/api/conversations", { providerId: pair.provider.id }), ctx({}))).status).toBe(200);
    expect((await openConversation(postJson("/api/conversations", {}), ctx({}))).status).toBe(422);

    const path = `/api/conversations/${opened.body.id}/messages`;
    expect((await postMessage(postJson(path, { body: "Text me at 555 123 4567" }), ctx({ id: opened.body.id }))).status).toBe(201);
    mockActor = pair.providerActor;
    const list = await json(await listConversations(get("/api/conversations"), ctx({})));
    expect(list.body.data[0]).toMatchObject({ id: opened.body.id, unreadCount: 1, lastMessage: { excerpt: `Text me at ${CONTACT_PLACEHOLDER}` } });
    expect(await json(await unreadCount(get("/api/conversations/unread-count"), ctx({})))).toEqual({ status: 200, body: { total: 1 } });
    expect(await json(await markRead(postJson(`/api/conversations/${opened.body.id}/read`), ctx({ id: opened.body.id })))).toMatchObject({ status: 200 });
    expect((await json(await unreadCount(get("/api/conversations/unread-count"), ctx({})))).body).toEqual({ total: 0 });
  });

  it("answers 404 to non-participants on every route", async () => {
    const pair = await makeInquiryPair();
    mockActor = pair.customerActor;
    const { body: message } = await json(await postMessage(postJson(`/api/conversations/${pair.conversationId}/messages`, { body: "hi" }), ctx({ id: pair.conversationId })));
    mockActor = actorOf(await makeCustomer());
    const id = pair.conversationId;
    const responses = [
      await getConversation(get(`/api/conversations/${id}`), ctx({ id })),
      await listMessages(get(`/api/conversations/${id}/messages`), ctx({ id })),
      await postMessage(postJson(`/api/conversations/${id}/messages`, { body: "me too" }), ctx({ id })),
      await postMessage(postForm(`/api/conversations/${id}/messages`, { body: "me too" }, [{ name: "a.png", bytes: TINY_PNG }]), ctx({ id })),
      await markRead(postJson(`/api/conversations/${id}/read`), ctx({ id })),
      await pin(postJson(`/api/conversations/${id}/messages/${message.id}/pin`), ctx({ id, messageId: message.id })),
    ];
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
  });
});

describe("POST /api/conversations/:id/messages with attachments, and /api/files", () => {
  it("stores by content, serves through signed links only, with the stored type and safe headers", async () => {
    const pair = await makeInquiryPair();
    mockActor = pair.customerActor;
    const id = pair.conversationId;
    const sent = await json(
      await postMessage(
        postForm(`/api/conversations/${id}/messages`, { body: "photos and the quote" }, [
          { name: "kitchen.pdf", bytes: TINY_PNG, type: "application/pdf" },
          { name: "quote.pdf", bytes: TINY_PDF, type: "application/pdf" },
        ]),
        ctx({ id }),
      ),
    );
    expect(sent.status).toBe(201);
    const [image, pdf] = sent.body.attachments;
    expect(image).toMatchObject({ fileName: "kitchen.png", contentType: "image/png", kind: "image" });

    // Participants get the same signed links when they read the conversation.
    mockActor = pair.providerActor;
    const page = await json(await listMessages(get(`/api/conversations/${id}/messages`), ctx({ id })));
    expect(page.body.data[0].attachments.map((a: { fileName: string }) => a.fileName)).toEqual(["kitchen.png", "quote.pdf"]);

    mockActor = null;
    const served = await getFile(fileRequest(image.url), fileCtx(image.url));
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(TINY_PNG);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("content-disposition")).toBe('inline; filename="kitchen.png"');
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    const servedPdf = await getFile(fileRequest(pdf.url), fileCtx(pdf.url));
    expect(servedPdf.headers.get("content-type")).toBe("application/pdf");
    expect(servedPdf.headers.get("content-disposition")).toBe('attachment; filename="quote.pdf"');

    const key = new URL(image.url, origin).pathname.replace(/^\/api\/files\//, "");
    const unsigned = `/api/files/${key}`;
    const expired = signFileUrl({ key, ttlSeconds: 60, secret: fileUrlSigningSecret, now: new Date(Date.now() - 3_600_000) });
    const forged = image.url.replace(/sig=[^&]+/, "sig=AAAA");
    const otherKey = image.url.replace("kitchen.png", "other.png");
    for (const url of [unsigned, expired, forged, otherKey]) {
      expect((await getFile(fileRequest(url), fileCtx(url))).status).toBe(403);
    }
    const missing = signFileUrl({ key: `messages/${id}/nothing-here.png`, ttlSeconds: 60, secret: fileUrlSigningSecret });
    expect((await getFile(fileRequest(missing), fileCtx(missing))).status).toBe(404);
  });

  it("refuses a text file named .png (415) and an oversized file (413)", async () => {
    const pair = await makeInquiryPair();
    mockActor = pair.customerActor;
    const id = pair.conversationId;
    const text = await json(await postMessage(postForm(`/api/conversations/${id}/messages`, {}, [{ name: "cat.png", bytes: Buffer.from("meow"), type: "image/png" }]), ctx({ id })));
    expect(text).toMatchObject({ status: 415, body: { error: { code: "UNSUPPORTED_MEDIA_TYPE" } } });
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    const tooBig = await postMessage(postForm(`/api/conversations/${id}/messages`, {}, [{ name: "big.png", bytes: big }]), ctx({ id }));
    expect(tooBig.status).toBe(413);
  });
});
