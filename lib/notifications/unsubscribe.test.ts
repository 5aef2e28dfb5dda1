import { db } from "../core/db";
import type { EmailTransport, OutgoingEmail } from "../adapters/email";
import { setupTestDatabase } from "../testing/test-database";
import { resubscribeToEmail } from "./resubscribe-to-email";
import { sendEmail } from "./send-email";
import { createTestUser, unique } from "./test-fixtures";
import { unsubscribeFromEmail } from "./unsubscribe-from-email";
import { signUnsubscribeToken } from "./unsubscribe-token";

setupTestDatabase();

function captureTransport() {
  const sent: OutgoingEmail[] = [];
  const transport: EmailTransport = { name: "dev-mailbox", send: async (message) => (sent.push(message), {}) };
  return { transport, sent };
}

const reminder = (to: string) => ({ to, subject: "Tomorrow", text: "T", html: "<p>H</p>", template: "booking-reminder-customer", dedupeKey: unique("reminder") });

/** The token of the link an email actually carried. */
function tokenFrom(message: OutgoingEmail): string {
  const match = message.text.match(/\/unsubscribe\?token=(\S+)/);
  if (!match) throw new Error("no unsubscribe link");
  return decodeURIComponent(match[1]);
}

const preferenceOf = (userId: string, type: string) =>
  db.notificationPreference.findUnique({ where: { userId_type: { userId, type } }, select: { email: true, inApp: true } });

describe("unsubscribing from an email", () => {
  it("turns off that type's email for that user only, from the link the email carried, idempotently", async () => {
    const user = await createTestUser();
    const neighbour = await createTestUser();
    const { transport, sent } = captureTransport();
    await sendEmail({ ...reminder(user.email), transport });
    const token = tokenFrom(sent[0]);

    expect(await unsubscribeFromEmail({ token })).toEqual({ type: "booking.reminder_due", label: "Reminders", changed: true });
    expect(await preferenceOf(user.id, "booking.reminder_due")).toEqual({ email: false, inApp: true });
    // The next reminder is not sent; other types and other users are unaffected.
    expect((await sendEmail({ ...reminder(user.email), transport })).suppressed).toBe("preference");
    expect((await sendEmail({ ...reminder(neighbour.email), transport })).sent).toBe(true);
    expect(await preferenceOf(user.id, "booking.completed")).toBeNull();

    // A second click (or the mail client's retry) changes nothing and succeeds.
    expect(await unsubscribeFromEmail({ token })).toEqual({ type: "booking.reminder_due", label: "Reminders", changed: false });
    expect(await db.notificationPreference.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "notification.email_unsubscribed" } })).toBe(1);

    // Undo from the landing page.
    expect((await resubscribeToEmail({ token })).changed).toBe(true);
    expect(await preferenceOf(user.id, "booking.reminder_due")).toEqual({ email: true, inApp: true });
  });

  it("answers 400 for a tampered token, one rewritten for another user, or one we would never issue", async () => {
    const user = await createTestUser();
    const victim = await createTestUser();
    const token = signUnsubscribeToken({ userId: user.id, type: "booking.reminder_due" });
    const [version, , sig] = token.split(".");
    const forVictim = `${version}.${Buffer.from(`${victim.id}\nbooking.reminder_due`).toString("base64url")}.${sig}`;
    const otherType = `${version}.${Buffer.from(`${user.id}\nmessage.sent`).toString("base64url")}.${sig}`;
    const bad = [
      forVictim,
      otherType,
      `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`,
      "not-a-token",
      // Signed, but for a transactional type, an unknown type, or a user who no longer exists.
      signUnsubscribeToken({ userId: user.id, type: "booking.confirmed" }),
      signUnsubscribeToken({ userId: user.id, type: "made.up" }),
      signUnsubscribeToken({ userId: "deleted-user", type: "booking.reminder_due" }),
    ];
    for (const candidate of bad) {
      const error = await unsubscribeFromEmail({ token: candidate }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST", status: 400 });
    }
    expect(await db.notificationPreference.count({ where: { userId: { in: [user.id, victim.id] } } })).toBe(0);
  });
});
