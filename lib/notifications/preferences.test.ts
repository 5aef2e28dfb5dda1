import { db } from "../core/db";
import type { EmailTransport, OutgoingEmail } from "../adapters/email";
import { setupTestDatabase } from "../testing/test-database";
import { createNotification } from "./create-notification";
import { getNotificationPreferences } from "./get-notification-preferences";
import { sendEmail } from "./send-email";
import { actorFor, createTestUser, unique } from "./test-fixtures";
import { updateNotificationPreferences } from "./update-notification-preferences";

setupTestDatabase();

function captureTransport() {
  const sent: OutgoingEmail[] = [];
  const transport: EmailTransport = { name: "sendgrid", send: async (message) => (sent.push(message), { providerMessageId: unique("msg") }) };
  return { transport, sent };
}

const mail = (to: string, template: string) => ({ to, subject: "S", text: "T", html: "<html><body>H</body></html>", template, dedupeKey: unique(template) });
const note = (userId: string, type: string) => ({ userId, type, title: "Title", dedupeKey: unique(type) });
const setPreference = (userId: string, type: string, email: boolean, inApp: boolean) =>
  db.notificationPreference.create({ data: { userId, type, email, inApp } });

describe("preference routing", () => {
  it("defaults to both channels when the user has no row", async () => {
    const user = await createTestUser();
    const { transport, sent } = captureTransport();
    const email = await sendEmail({ ...mail(user.email, "booking-reminder-customer"), transport });
    const inApp = await createNotification(note(user.id, "booking.reminder_due"));
    expect(email.sent).toBe(true);
    expect(sent).toHaveLength(1);
    expect(inApp.created).toBe(true);
  });

  it("email off: no EmailMessage row and nothing sent, while the in-app notification is created", async () => {
    const user = await createTestUser();
    await setPreference(user.id, "booking.completed", false, true);
    const { transport, sent } = captureTransport();
    const message = mail(user.email, "booking-completed");
    expect(await sendEmail({ ...message, transport })).toEqual({ emailId: null, sent: false, suppressed: "preference" });
    expect(sent).toHaveLength(0);
    expect(await db.emailMessage.count({ where: { dedupeKey: message.dedupeKey } })).toBe(0);
    const { created } = await createNotification(note(user.id, "booking.completed"));
    expect(created).toBe(true);
    // Another type is unaffected.
    expect((await sendEmail({ ...mail(user.email, "booking-declined"), transport })).sent).toBe(true);
  });

  it("in-app off: no Notification, while the email is sent", async () => {
    const user = await createTestUser();
    await setPreference(user.id, "booking.declined", true, false);
    const input = note(user.id, "booking.declined");
    expect(await createNotification(input)).toEqual({ notification: null, created: false, suppressed: "preference" });
    expect(await db.notification.count({ where: { dedupeKey: input.dedupeKey } })).toBe(0);
    const { transport, sent } = captureTransport();
    expect((await sendEmail({ ...mail(user.email, "booking-declined"), transport })).sent).toBe(true);
    expect(sent).toHaveLength(1);
  });

  it("sends transactional emails whatever the stored preference, without an unsubscribe link", async () => {
    const user = await createTestUser();
    await setPreference(user.id, "booking.confirmed", false, false);
    const { transport, sent } = captureTransport();
    expect((await sendEmail({ ...mail(user.email, "booking-confirmed"), transport })).sent).toBe(true);
    expect(sent[0].headers?.["List-Unsubscribe"]).toBeUndefined();
    expect(sent[0].text).toBe("T");
    // Its in-app copy follows the preference.
    expect((await createNotification(note(user.id, "booking.confirmed"))).created).toBe(false);
  });

  it("puts List-Unsubscribe headers and the link on outgoing mail the user may switch off, and records the link", async () => {
    const user = await createTestUser();
    const { transport, sent } = captureTransport();
    const message = mail(user.email, "booking-requested-customer");
    await sendEmail({ ...message, transport });
    expect(sent[0].headers).toEqual({
      "List-Unsubscribe": expect.stringMatching(/^<http.*\/unsubscribe\/one-click\?token=v1\..+>$/),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: message.dedupeKey } });
    expect(row.text).toContain("/unsubscribe?token=v1.");
    expect(row.html).toContain("/unsubscribe?token=v1.");
  });

  it("honours an explicit preferenceType and userId, and sends untyped mail as it is", async () => {
    const user = await createTestUser();
    await setPreference(user.id, "message.sent", false, true);
    const { transport, sent } = captureTransport();
    const typed = await sendEmail({ ...mail("shared-inbox@example.test", "custom"), preferenceType: "message.sent", userId: user.id, transport });
    expect(typed.suppressed).toBe("preference");
    const untyped = await sendEmail({ ...mail(user.email, "custom"), transport });
    expect(untyped.sent).toBe(true);
    const forced = await sendEmail({ ...mail(user.email, "message-sent"), preferenceType: null, transport });
    expect(forced.sent).toBe(true);
    expect(sent.map((m) => m.headers)).toEqual([undefined, undefined]);
  });

  it("stays idempotent: a second send or notification with the same key does nothing, preferences applied", async () => {
    const user = await createTestUser();
    await setPreference(user.id, "booking.expired", false, true);
    const { transport, sent } = captureTransport();
    const message = mail(user.email, "booking-expired");
    await sendEmail({ ...message, transport });
    await sendEmail({ ...message, transport });
    expect(sent).toHaveLength(0);
    const input = note(user.id, "booking.expired");
    const [a, b] = [await createNotification(input), await createNotification(input)];
    expect([a.created, b.created]).toEqual([true, false]);
    expect(await db.notification.count({ where: { dedupeKey: input.dedupeKey } })).toBe(1);
  });
});

describe("getNotificationPreferences and updateNotificationPreferences", () => {
  it("show defaults, save changes, and persist them with one audit row", async () => {
    const user = await createTestUser();
    const actor = actorFor(user);
    const before = await getNotificationPreferences({ actor });
    expect(before.map((g) => g.label)).toEqual(["Bookings", "Bounties", "Payments", "Reviews", "Messages"]);
    const bookings = before.find((g) => g.category === "bookings")!;
    expect(bookings.rows.find((r) => r.type === "booking.reminder_due")).toMatchObject({ label: "Reminders", email: true, inApp: true, transactional: false });
    expect(bookings.rows.find((r) => r.type === "booking.confirmed")).toMatchObject({ transactional: true, email: true });
    // A customer is never asked about provider-only types.
    expect(before.flatMap((g) => g.rows).map((r) => r.type)).not.toContain("payment.disputed");

    const after = await updateNotificationPreferences({
      actor,
      preferences: [
        { type: "booking.reminder_due", email: false, inApp: true },
        { type: "message.sent", email: true, inApp: false },
        { type: "booking.completed", email: true, inApp: true },
      ],
    });
    const rows = after.flatMap((g) => g.rows);
    expect(rows.find((r) => r.type === "booking.reminder_due")).toMatchObject({ email: false, inApp: true });
    expect(rows.find((r) => r.type === "message.sent")).toMatchObject({ email: true, inApp: false });
    expect(await db.notificationPreference.findMany({ where: { userId: user.id }, select: { type: true, email: true, inApp: true }, orderBy: { type: "asc" } })).toEqual([
      { type: "booking.reminder_due", email: false, inApp: true },
      { type: "message.sent", email: true, inApp: false },
    ]);
    const audits = await db.auditLog.findMany({ where: { entityType: "User", entityId: user.id, action: "notification.preferences_updated" } });
    expect(audits).toHaveLength(1);

    // Saving the same again changes nothing and writes no audit row.
    await updateNotificationPreferences({ actor, preferences: [{ type: "booking.reminder_due", email: false, inApp: true }] });
    expect(await db.auditLog.count({ where: { entityType: "User", entityId: user.id } })).toBe(1);
  });

  it("refuses switching off a transactional email, unknown types and types of another role", async () => {
    const user = await createTestUser();
    const actor = actorFor(user);
    await expect(updateNotificationPreferences({ actor, preferences: [{ type: "booking.confirmed", email: false, inApp: true }] })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { "preferences.0.email": ["Emails about booking confirmations are always sent"] } },
    });
    await expect(updateNotificationPreferences({ actor, preferences: [{ type: "nope", email: false, inApp: true }] })).rejects.toMatchObject({
      details: { fields: { "preferences.0.type": ["Unknown notification type"] } },
    });
    for (const type of ["payment.disputed", "user.registered"]) {
      await expect(updateNotificationPreferences({ actor, preferences: [{ type, email: true, inApp: false }] })).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
      });
    }
    expect(await db.notificationPreference.count({ where: { userId: user.id } })).toBe(0);
    // Its in-app copy may be switched off.
    await updateNotificationPreferences({ actor, preferences: [{ type: "booking.confirmed", email: true, inApp: false }] });
    expect(await db.notificationPreference.count({ where: { userId: user.id, type: "booking.confirmed", inApp: false } })).toBe(1);
  });

  it("only ever touches the actor's own preferences", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    await updateNotificationPreferences({ actor: actorFor(me), preferences: [{ type: "booking.reminder_due", email: false, inApp: false }] });
    const theirs = (await getNotificationPreferences({ actor: actorFor(other) })).flatMap((g) => g.rows).find((r) => r.type === "booking.reminder_due");
    expect(theirs).toMatchObject({ email: true, inApp: true });
  });
});
