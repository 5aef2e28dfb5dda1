import { tempDataDir } from "@/lib/messaging/testing/temp-data-dir";
import { rm } from "node:fs/promises";
import type { Actor } from "@/lib/core/auth/actor";
import { markConversationRead } from "@/lib/messaging/mark-conversation-read";
import { sendMessage } from "@/lib/messaging/send-message";
import { setMessagePinned } from "@/lib/messaging/set-message-pinned";
import { makeInquiryPair } from "@/lib/messaging/testing/fixtures";
import { compareStreamCursors, parseStreamCursor } from "@/lib/realtime/cursor";
import { publishToUser } from "@/lib/realtime/publish";
import { closeAllSse, readSse } from "@/lib/realtime/testing/sse-reader";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { GET } from "./route";

let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();
afterEach(() => closeAllSse());
afterAll(() => rm(tempDataDir, { recursive: true, force: true }));

const ctx = { params: Promise.resolve({}) };

/** Opens the signed-in user's stream the way a browser would, optionally resuming from an id. */
async function openStream(actor: Actor, lastEventId?: string) {
  mockActor = actor;
  const abort = new AbortController();
  const headers: Record<string, string> = { cookie: "next-auth.session-token=test", accept: "text/event-stream" };
  if (lastEventId) headers["last-event-id"] = lastEventId;
  const response = await GET(new Request("http://localhost:3000/api/stream", { headers, signal: abort.signal }), ctx);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  const sse = readSse(response.body!);
  await sse.waitFor((m) => m.comment === "connected");
  return { sse, abort };
}

describe("GET /api/stream", () => {
  it("refuses anonymous clients", async () => {
    mockActor = null;
    expect((await GET(new Request("http://localhost:3000/api/stream"), ctx)).status).toBe(401);
  });

  it("delivers a message posted by the other participant, then read receipts and pins", async () => {
    const pair = await makeInquiryPair();
    const provider = await openStream(pair.providerActor);
    const customer = await openStream(pair.customerActor);

    const sent = await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "Are you free Friday?" });
    const event = await provider.sse.waitFor((m) => m.event === "message" && m.data?.id === sent.id);
    expect(event.id).toBe(sent.cursor);
    expect(event.data).toEqual({ type: "message", id: sent.id, data: expect.objectContaining({ body: "Are you free Friday?", conversationId: pair.conversationId, senderId: pair.customer.id }) });
    // The sender's other tabs get it too.
    await customer.sse.waitFor((m) => m.data?.id === sent.id);

    await markConversationRead({ actor: pair.providerActor, conversationId: pair.conversationId });
    const read = await customer.sse.waitFor((m) => m.event === "read");
    expect(read.data?.data).toEqual({ conversationId: pair.conversationId, userId: pair.provider.userId, lastReadAt: sent.createdAt });

    await setMessagePinned({ actor: pair.providerActor, conversationId: pair.conversationId, messageId: sent.id, pinned: true });
    expect((await customer.sse.waitFor((m) => m.event === "pin")).data?.data).toMatchObject({ messageId: sent.id, pinnedAt: expect.any(String) });

    await publishToUser(pair.customer.id, { type: "notification", id: "n-1", data: { title: "Hello" } });
    expect((await customer.sse.waitFor((m) => m.event === "notification")).data).toEqual({ type: "notification", id: "n-1", data: { title: "Hello" } });
    expect(provider.sse.received.some((m) => m.event === "notification")).toBe(false);
  });

  it("catches a reconnecting client up from Last-Event-ID with the messages it missed", async () => {
    const pair = await makeInquiryPair();
    const first = await openStream(pair.providerActor);
    const seen = await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "first" });
    const lastEventId = (await first.sse.waitFor((m) => m.data?.id === seen.id)).id!;
    first.abort.abort();
    await first.sse.ended;

    const missed = [
      await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "while you were away" }),
      await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "and this" }),
    ];
    const again = await openStream(pair.providerActor, lastEventId);
    for (const message of missed) await again.sse.waitFor((m) => m.event === "message" && m.data?.id === message.id);

    const events = again.sse.received.filter((m) => m.event === "message");
    expect(events.map((m) => m.data?.id)).toEqual(expect.arrayContaining(missed.map((m) => m.id)));
    const ids = events.map((m) => parseStreamCursor(m.id)!);
    ids.forEach((id) => expect(compareStreamCursors(id, parseStreamCursor(lastEventId)!)).toBeGreaterThanOrEqual(0));
    expect(events[events.length - 1].id).toBe(missed[1].cursor);

    // Live delivery carries on after the catch-up.
    const live = await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "live again" });
    await again.sse.waitFor((m) => m.data?.id === live.id);
  });
});
