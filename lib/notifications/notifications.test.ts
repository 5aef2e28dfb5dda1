import { db } from "../core/db";
import { isAppError } from "../core/errors";
import { setupTestDatabase } from "../testing/test-database";
import { countUnreadNotifications } from "./count-unread-notifications";
import { createNotification } from "./create-notification";
import { getDevMailboxMessage } from "./get-dev-mailbox-message";
import { listDevMailbox } from "./list-dev-mailbox";
import { listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-notifications-read";
import { sendEmail } from "./send-email";
import { actorFor, createTestUser, unique } from "./test-fixtures";

setupTestDatabase();

async function seedNotifications(userId: string, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { notification } = await createNotification({ userId, type: "test", title: `N${i}`, body: "", link: "/x", dedupeKey: unique("n") });
    ids.push(notification!.id);
  }
  return ids;
}

describe("createNotification", () => {
  it("creates one notification per dedupe key", async () => {
    const user = await createTestUser();
    const dedupeKey = unique("booking.confirmed");
    const input = { userId: user.id, type: "booking.confirmed", title: "Booking confirmed", body: "See you", link: "/bookings/1", dedupeKey };

    const [a, b] = await Promise.all([createNotification(input), createNotification(input)]);
    const c = await createNotification(input);

    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    expect(c.created).toBe(false);
    expect(new Set([a.notification!.id, b.notification!.id, c.notification!.id]).size).toBe(1);
    expect(await db.notification.count({ where: { dedupeKey } })).toBe(1);
  });

  it("refuses links that leave the app", async () => {
    const user = await createTestUser();
    await expect(
      createNotification({ userId: user.id, type: "t", title: "x", link: "//evil.example", dedupeKey: unique("n") }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});

describe("listNotifications", () => {
  it("pages through the actor's own notifications, newest first", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const mine = await seedNotifications(me.id, 5);
    await seedNotifications(other.id, 2);
    const actor = actorFor(me);

    const page1 = await listNotifications({ actor, limit: 2 });
    const page2 = await listNotifications({ actor, limit: 2, cursor: page1.nextCursor! });
    const page3 = await listNotifications({ actor, limit: 2, cursor: page2.nextCursor! });

    const seen = [...page1.data, ...page2.data, ...page3.data].map((n) => n.id);
    expect(seen.sort()).toEqual([...mine].sort());
    expect(page3.nextCursor).toBeNull();
    const times = [...page1.data, ...page2.data, ...page3.data].map((n) => n.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(Object.keys(page1.data[0]).sort()).toEqual(["body", "createdAt", "id", "link", "readAt", "title", "type"]);
  });

  it("filters unread and rejects a forged cursor", async () => {
    const me = await createTestUser();
    const [first, ...rest] = await seedNotifications(me.id, 3);
    const actor = actorFor(me);
    await markNotificationsRead({ actor, ids: [first] });

    const unread = await listNotifications({ actor, unreadOnly: true });
    expect(unread.data.map((n) => n.id).sort()).toEqual([...rest].sort());

    const error = await listNotifications({ actor, cursor: "not-a-cursor" }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("VALIDATION_FAILED");
  });
});

describe("listNotifications filters", () => {
  it("by type and by category, combined with unread", async () => {
    const me = await createTestUser();
    const make = async (type: string) =>
      (await createNotification({ userId: me.id, type, title: type, dedupeKey: unique(type) })).notification!.id;
    const confirmed = await make("booking.confirmed");
    const reminder = await make("booking.reminder_due");
    const future = await make("booking.something_new");
    const message = await make("message.sent");
    const receipt = await make("payment.captured");
    const actor = actorFor(me);
    const ids = async (options: Parameters<typeof listNotifications>[0]) => (await listNotifications(options)).data.map((n) => n.id).sort();

    expect(await ids({ actor, type: "booking.confirmed" })).toEqual([confirmed]);
    // A category includes types it does not list yet, by their prefix.
    expect(await ids({ actor, category: "bookings" })).toEqual([confirmed, reminder, future].sort());
    expect(await ids({ actor, category: "messages" })).toEqual([message]);
    expect(await ids({ actor, category: "payments" })).toEqual([receipt]);
    await markNotificationsRead({ actor, ids: [confirmed] });
    expect(await ids({ actor, category: "bookings", unreadOnly: true })).toEqual([reminder, future].sort());
    // Pages through a filtered list with the same cursor.
    const page1 = await listNotifications({ actor, category: "bookings", limit: 2 });
    const page2 = await listNotifications({ actor, category: "bookings", limit: 2, cursor: page1.nextCursor! });
    expect([...page1.data, ...page2.data].map((n) => n.id).sort()).toEqual([confirmed, reminder, future].sort());
    await expect(listNotifications({ actor, category: "nope" as never })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});

describe("markNotificationsRead and countUnreadNotifications", () => {
  it("only ever touch the actor's own notifications", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const mine = await seedNotifications(me.id, 3);
    const theirs = await seedNotifications(other.id, 2);
    const actor = actorFor(me);
    expect(await countUnreadNotifications({ actor })).toBe(3);

    // Someone else's ids are silently ignored.
    expect(await markNotificationsRead({ actor, ids: [mine[0], ...theirs] })).toEqual({ updated: 1 });
    expect(await countUnreadNotifications({ actor })).toBe(2);
    expect(await countUnreadNotifications({ actor: actorFor(other) })).toBe(2);

    expect(await markNotificationsRead({ actor, ids: "all" })).toEqual({ updated: 2 });
    expect(await countUnreadNotifications({ actor })).toBe(0);
    expect(await db.notification.count({ where: { id: { in: theirs }, readAt: null } })).toBe(2);

    // Already read: nothing to do, and the first readAt is kept.
    const readAt = (await db.notification.findUniqueOrThrow({ where: { id: mine[0] } })).readAt;
    expect(await markNotificationsRead({ actor, ids: [mine[0]] })).toEqual({ updated: 0 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine[0] } })).readAt).toEqual(readAt);
  });
});

describe("the dev mailbox", () => {
  it("is readable by admins only", async () => {
    const admin = actorFor(await createTestUser({ role: "ADMIN" }));
    const customer = actorFor(await createTestUser());
    const to = `${unique("inbox")}@example.test`;
    const { emailId } = await sendEmail({ to, subject: "Hi <there>", text: "t", html: "<b>h</b>", template: "test", dedupeKey: unique("e") });
    if (!emailId) throw new Error("an email without a preference type is always sent");

    const list = await listDevMailbox({ actor: admin, to });
    expect(list.map((e) => e.id)).toEqual([emailId]);
    expect(await getDevMailboxMessage({ actor: admin, id: emailId })).toMatchObject({ html: "<b>h</b>", subject: "Hi <there>" });

    await expect(listDevMailbox({ actor: customer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDevMailboxMessage({ actor: customer, id: emailId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDevMailboxMessage({ actor: admin, id: "missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
