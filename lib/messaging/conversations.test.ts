import { tempDataDir } from "./testing/temp-data-dir";
import { rm } from "node:fs/promises";
import { db } from "../core/db";
import { makeAdmin, makeCustomer } from "../testing/factories";
import { setupTestDatabase } from "../testing/test-database";
import { countUnreadMessages } from "./count-unread-messages";
import { getConversation } from "./get-conversation";
import { listConversations } from "./list-conversations";
import { listMessages } from "./list-messages";
import { markConversationRead } from "./mark-conversation-read";
import { openBookingConversation } from "./open-booking-conversation";
import { openBountyConversation } from "./open-bounty-conversation";
import { openInquiry } from "./open-inquiry";
import { sendMessage } from "./send-message";
import { setMessagePinned } from "./set-message-pinned";
import { actorOf, makeInquiryPair, makePairBooking } from "./testing/fixtures";

setupTestDatabase();
afterAll(() => rm(tempDataDir, { recursive: true, force: true }));

const NOT_FOUND = { code: "NOT_FOUND", status: 404 };

describe("opening conversations", () => {
  it("keeps one inquiry per customer and provider, even when opened concurrently", async () => {
    const pair = await makeInquiryPair();
    const customer = actorOf(await makeCustomer());
    const racing = await Promise.all([1, 2, 3].map(() => openInquiry({ actor: customer, providerId: pair.provider.id })));
    expect(new Set(racing.map((c) => c.id)).size).toBe(1);
    expect(racing.filter((c) => c.created)).toHaveLength(1);
    expect(await db.conversation.count({ where: { inquiryKey: `${customer.userId}:${pair.provider.id}` } })).toBe(1);
    expect(await openInquiry({ actor: pair.customerActor, providerId: pair.provider.id })).toEqual({ id: pair.conversationId, created: false });
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: pair.conversationId }, include: { participants: true } });
    expect(conversation).toMatchObject({ kind: "INQUIRY", inquiryKey: `${pair.customer.id}:${pair.provider.id}` });
    expect(conversation.participants.map((p) => p.userId).sort()).toEqual([pair.customer.id, pair.provider.userId].sort());
  });

  it("refuses inquiries to oneself, from admins and to unknown providers", async () => {
    const pair = await makeInquiryPair();
    await expect(openInquiry({ actor: pair.providerActor, providerId: pair.provider.id })).rejects.toMatchObject({ code: "FORBIDDEN", message: "You cannot message yourself" });
    expect(await db.conversation.count({ where: { inquiryKey: `${pair.provider.userId}:${pair.provider.id}` } })).toBe(0);
    await expect(openInquiry({ actor: actorOf(await makeAdmin()), providerId: pair.provider.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(openInquiry({ actor: pair.customerActor, providerId: "no-such-provider" })).rejects.toMatchObject(NOT_FOUND);
  });

  it("creates a booking's conversation lazily, once, for its two parties only", async () => {
    const pair = await makeInquiryPair();
    const booking = await makePairBooking(pair, "REQUESTED");
    const first = await openBookingConversation({ actor: pair.customerActor, bookingId: booking.id });
    expect(first.created).toBe(true);
    expect(await openBookingConversation({ actor: pair.providerActor, bookingId: booking.id })).toEqual({ id: first.id, created: false });
    await expect(openBookingConversation({ actor: actorOf(await makeCustomer()), bookingId: booking.id })).rejects.toMatchObject(NOT_FOUND);
    const view = await getConversation({ actor: pair.providerActor, conversationId: first.id });
    expect(view).toMatchObject({ kind: "BOOKING", link: `/dashboard/bookings/${booking.id}`, contactDetailsHidden: true });
    expect((await getConversation({ actor: pair.customerActor, conversationId: first.id })).link).toBe(`/account/bookings/${booking.id}`);
  });

  it("opens a bounty's conversation inside the caller's transaction, idempotently", async () => {
    const pair = await makeInquiryPair();
    const category = await db.category.findFirstOrThrow({ select: { id: true } });
    const bounty = await db.bounty.create({
      data: { posterId: pair.customer.id, categoryId: category.id, title: "Fix the fence", description: "Two panels", budgetAmount: 0, currency: "USD", dueAt: new Date("2031-06-01T00:00:00Z") },
    });
    const open = () => db.$transaction((tx) => openBountyConversation(tx, { bountyId: bounty.id, posterId: pair.customer.id, providerUserId: pair.provider.userId }));
    const first = await open();
    expect(await open()).toEqual(first);
    const view = await getConversation({ actor: pair.providerActor, conversationId: first.id });
    expect(view).toMatchObject({ kind: "BOUNTY", subtitle: "Fix the fence", contactDetailsHidden: false });
  });
});

describe("participants only", () => {
  it("answers 404 to anyone else, for reading, posting, reading marks and pins", async () => {
    const pair = await makeInquiryPair();
    const message = await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "hello" });
    const stranger = actorOf(await makeCustomer());
    const admin = actorOf(await makeAdmin());
    for (const actor of [stranger, admin]) {
      const conversationId = pair.conversationId;
      await expect(getConversation({ actor, conversationId })).rejects.toMatchObject(NOT_FOUND);
      await expect(listMessages({ actor, conversationId })).rejects.toMatchObject(NOT_FOUND);
      await expect(sendMessage({ actor, conversationId, body: "let me in" })).rejects.toMatchObject(NOT_FOUND);
      await expect(markConversationRead({ actor, conversationId })).rejects.toMatchObject(NOT_FOUND);
      await expect(setMessagePinned({ actor, conversationId, messageId: message.id, pinned: true })).rejects.toMatchObject(NOT_FOUND);
      expect((await listConversations({ actor })).data.map((c) => c.id)).not.toContain(conversationId);
    }
    expect(await db.message.count({ where: { conversationId: pair.conversationId } })).toBe(1);
  });
});

describe("reading", () => {
  it("counts unread messages per conversation and in total, and clears them when read (Seen)", async () => {
    const pair = await makeInquiryPair();
    const second = await openInquiry({ actor: pair.customerActor, providerId: (await makeInquiryPair()).provider.id });
    await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "one" });
    const last = await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "two" });

    const providerList = await listConversations({ actor: pair.providerActor });
    expect(providerList.data.find((c) => c.id === pair.conversationId)).toMatchObject({
      unreadCount: 2,
      title: pair.customer.name,
      subtitle: "Inquiry",
      lastMessage: expect.objectContaining({ id: last.id, excerpt: "two", senderId: pair.customer.id }),
    });
    expect(providerList.totalUnread).toBe(2);
    expect(await countUnreadMessages({ actor: pair.providerActor })).toEqual({ total: 2 });
    // Your own messages are never unread; the newest conversation comes first.
    const customerList = await listConversations({ actor: pair.customerActor });
    expect(customerList.totalUnread).toBe(0);
    expect(customerList.data.map((c) => c.id)).toEqual([pair.conversationId, second.id]);

    let view = await getConversation({ actor: pair.customerActor, conversationId: pair.conversationId });
    expect(view.participants.find((p) => p.userId === pair.provider.userId)?.lastReadAt).toBeNull();

    expect(await markConversationRead({ actor: pair.providerActor, conversationId: pair.conversationId })).toEqual({ lastReadAt: last.createdAt });
    expect(await countUnreadMessages({ actor: pair.providerActor })).toEqual({ total: 0 });
    view = await getConversation({ actor: pair.customerActor, conversationId: pair.conversationId });
    expect(view.participants.find((p) => p.userId === pair.provider.userId)?.lastReadAt).toBe(last.createdAt);

    const reply = await sendMessage({ actor: pair.providerActor, conversationId: pair.conversationId, body: "three" });
    expect(await countUnreadMessages({ actor: pair.customerActor })).toEqual({ total: 1 });
    expect(await countUnreadMessages({ actor: pair.providerActor })).toEqual({ total: 0 });
    expect((await markConversationRead({ actor: pair.customerActor, conversationId: pair.conversationId })).lastReadAt).toBe(reply.createdAt);
  });

  it("pages messages newest first with a cursor", async () => {
    const pair = await makeInquiryPair();
    for (const body of ["a", "b", "c", "d", "e"]) await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body });
    const first = await listMessages({ actor: pair.providerActor, conversationId: pair.conversationId, limit: 2 });
    expect(first.data.map((m) => m.body)).toEqual(["e", "d"]);
    const second = await listMessages({ actor: pair.providerActor, conversationId: pair.conversationId, limit: 2, cursor: first.nextCursor! });
    expect(second.data.map((m) => m.body)).toEqual(["c", "b"]);
    const third = await listMessages({ actor: pair.providerActor, conversationId: pair.conversationId, limit: 2, cursor: second.nextCursor! });
    expect(third).toEqual({ data: [expect.objectContaining({ body: "a" })], nextCursor: null });
  });
});

describe("pins", () => {
  it("lets either participant pin and unpin, and lists pinned messages", async () => {
    const pair = await makeInquiryPair();
    const message = await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "Gate code is on the left" });
    const pinned = await setMessagePinned({ actor: pair.providerActor, conversationId: pair.conversationId, messageId: message.id, pinned: true });
    expect(pinned.pinnedAt).toEqual(expect.any(String));
    expect((await getConversation({ actor: pair.customerActor, conversationId: pair.conversationId })).pinned.map((m) => m.id)).toEqual([message.id]);
    expect(await db.auditLog.count({ where: { action: "message.pinned", entityId: message.id } })).toBe(1);

    await setMessagePinned({ actor: pair.customerActor, conversationId: pair.conversationId, messageId: message.id, pinned: false });
    expect((await getConversation({ actor: pair.providerActor, conversationId: pair.conversationId })).pinned).toEqual([]);

    const other = await makeInquiryPair();
    const foreign = await sendMessage({ actor: other.customerActor, conversationId: other.conversationId, body: "elsewhere" });
    await expect(setMessagePinned({ actor: pair.customerActor, conversationId: pair.conversationId, messageId: foreign.id, pinned: true })).rejects.toMatchObject(NOT_FOUND);
  });
});
