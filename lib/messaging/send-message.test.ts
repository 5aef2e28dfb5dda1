import { tempDataDir } from "./testing/temp-data-dir";
import { rm } from "node:fs/promises";
import { getStorage } from "../adapters/storage";
import { db } from "../core/db";
import { settleDispatches } from "../events/dispatch";
import { setupTestDatabase } from "../testing/test-database";
import { MAX_ATTACHMENT_BYTES, SEND_RATE } from "./limits";
import { CONTACT_PLACEHOLDER } from "./mask-contact-details";
import { openBookingConversation } from "./open-booking-conversation";
import { messageSendLimiter, sendMessage } from "./send-message";
import { makeInquiryPair, makePairBooking, storedBody } from "./testing/fixtures";
import { TINY_PDF, TINY_PNG } from "./testing/files";

setupTestDatabase();
afterAll(() => rm(tempDataDir, { recursive: true, force: true }));

const PHONE = "call me on 555-123-4567 or mail jo@example.com, $240 on 2030-03-15 at 10:30";
const MASKED = `call me on ${CONTACT_PLACEHOLDER} or mail ${CONTACT_PLACEHOLDER}, $240 on 2030-03-15 at 10:30`;

describe("sendMessage: masking contact details", () => {
  it("masks what is stored in an inquiry until the pair has a confirmed booking, and not after", async () => {
    const pair = await makeInquiryPair();
    const before = await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: PHONE });
    expect(before.body).toBe(MASKED);
    expect(await storedBody(before.id)).toBe(MASKED);

    // A request, or a confirmed booking that was then cancelled, unlocks nothing.
    await makePairBooking(pair, "REQUESTED");
    await makePairBooking(pair, "CANCELLED");
    expect((await sendMessage({ actor: pair.providerActor, conversationId: pair.conversationId, body: PHONE })).body).toBe(MASKED);

    await makePairBooking(pair, "CONFIRMED");
    const after = await sendMessage({ actor: pair.providerActor, conversationId: pair.conversationId, body: PHONE });
    expect(after.body).toBe(PHONE);
    expect(await storedBody(after.id)).toBe(PHONE);
    // What was sent before stays masked.
    expect(await storedBody(before.id)).toBe(MASKED);
  });

  it("masks in a booking's conversation while it is REQUESTED and not once it is confirmed", async () => {
    const pair = await makeInquiryPair();
    const booking = await makePairBooking(pair, "REQUESTED");
    const { id } = await openBookingConversation({ actor: pair.providerActor, bookingId: booking.id });
    expect((await sendMessage({ actor: pair.customerActor, conversationId: id, body: PHONE })).body).toBe(MASKED);
    await db.booking.update({ where: { id: booking.id }, data: { status: "CONFIRMED", confirmedAt: new Date() } });
    expect((await sendMessage({ actor: pair.customerActor, conversationId: id, body: PHONE })).body).toBe(PHONE);
  });
});

describe("sendMessage: attachments", () => {
  it("stores a PNG named .pdf as image/png, under a .png name, readable through its signed URL", async () => {
    const pair = await makeInquiryPair();
    const message = await sendMessage({
      actor: pair.customerActor,
      conversationId: pair.conversationId,
      attachments: [{ name: "quote.pdf", bytes: TINY_PNG }, { name: "../../etc/Invoice March.PDF", bytes: TINY_PDF }],
    });
    expect(message.attachments).toEqual([
      expect.objectContaining({ fileName: "quote.png", contentType: "image/png", kind: "image", sizeBytes: TINY_PNG.length }),
      expect.objectContaining({ fileName: "Invoice March.pdf", contentType: "application/pdf", kind: "pdf" }),
    ]);
    const rows = await db.messageAttachment.findMany({ where: { messageId: message.id }, orderBy: { id: "asc" } });
    expect(rows[0].storageKey).toMatch(new RegExp(`^messages/${pair.conversationId}/[0-9a-f-]{36}/quote\\.png$`));
    expect(rows[1].storageKey).toMatch(/\/Invoice-March\.pdf$/);
    expect(await getStorage().get(rows[0].storageKey)).toEqual({ body: TINY_PNG, contentType: "image/png" });
    expect(message.attachments[0].url).toMatch(/^\/api\/files\/messages\/.+\/quote\.png\?expires=\d+&sig=/);
  });

  it("refuses a text file named .png, and stores nothing", async () => {
    const pair = await makeInquiryPair();
    const sent = sendMessage({
      actor: pair.customerActor,
      conversationId: pair.conversationId,
      body: "see attached",
      attachments: [{ name: "photo.png", bytes: Buffer.from("just some text, honestly") }],
    });
    await expect(sent).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", status: 415 });
    expect(await db.message.count({ where: { conversationId: pair.conversationId } })).toBe(0);
  });

  it("refuses files over the size limit, too many files, and empty ones", async () => {
    const pair = await makeInquiryPair();
    const send = (attachments: { name: string; bytes: Buffer }[]) => sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, attachments });
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1 - TINY_PNG.length)]);
    await expect(send([{ name: "big.png", bytes: big }])).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413 });
    const exactlyAtLimit = Buffer.concat([TINY_PNG, Buffer.alloc(MAX_ATTACHMENT_BYTES - TINY_PNG.length)]);
    await expect(send([{ name: "ok.png", bytes: exactlyAtLimit }])).resolves.toMatchObject({ attachments: [expect.objectContaining({ sizeBytes: MAX_ATTACHMENT_BYTES })] });
    await expect(send(Array.from({ length: 6 }, (_, i) => ({ name: `${i}.png`, bytes: TINY_PNG })))).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(send([{ name: "empty.png", bytes: Buffer.alloc(0) }])).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});

describe("sendMessage: replies, validation, rate limit, event", () => {
  it("accepts a reply within the conversation and refuses one to another conversation's message", async () => {
    const pair = await makeInquiryPair();
    const other = await makeInquiryPair();
    const original = await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "Are you free on Friday?" });
    const foreign = await sendMessage({ actor: other.customerActor, conversationId: other.conversationId, body: "elsewhere" });

    const reply = await sendMessage({ actor: pair.providerActor, conversationId: pair.conversationId, body: "Yes!", replyToId: original.id });
    expect(reply.replyTo).toEqual({ id: original.id, senderName: original.senderName, excerpt: "Are you free on Friday?" });
    await expect(
      sendMessage({ actor: pair.providerActor, conversationId: pair.conversationId, body: "sneaky", replyToId: foreign.id }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { replyToId: expect.any(Array) } } });
  });

  it("refuses empty and over-long messages", async () => {
    const pair = await makeInquiryPair();
    const send = (body: string) => sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body });
    await expect(send("   \n ")).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(send("x".repeat(5001))).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(send("x".repeat(5000))).resolves.toMatchObject({ body: "x".repeat(5000) });
  });

  it(`allows ${SEND_RATE.points} messages a minute per user, then answers RATE_LIMITED`, async () => {
    const pair = await makeInquiryPair();
    await messageSendLimiter.reset(pair.customer.id);
    for (let i = 0; i < SEND_RATE.points; i++) {
      await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: `message ${i}` });
    }
    await expect(sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "one too many" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      status: 429,
      details: { retryAfterSeconds: expect.any(Number) },
    });
    // The limit is per user: the provider can still answer.
    await expect(sendMessage({ actor: pair.providerActor, conversationId: pair.conversationId, body: "hi" })).resolves.toBeDefined();
  });

  it("records message.sent and its audit row with the message, and delivers it to the stream handler", async () => {
    const pair = await makeInquiryPair();
    const message = await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "hello" });
    await settleDispatches();
    const event = await db.outboxEvent.findFirstOrThrow({ where: { type: "message.sent", payload: { path: ["data", "messageId"], equals: message.id } } });
    expect(event.status).toBe("DELIVERED");
    expect(await db.eventDelivery.findMany({ where: { eventId: event.id }, select: { handler: true, status: true } })).toEqual([
      { handler: "stream-message-to-participants", status: "DELIVERED" },
    ]);
    expect(await db.auditLog.count({ where: { action: "message.sent", entityId: message.id, actorId: pair.customer.id } })).toBe(1);
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: pair.conversationId } });
    expect(conversation.lastMessageAt?.toISOString()).toBe(message.createdAt);
  });
});
