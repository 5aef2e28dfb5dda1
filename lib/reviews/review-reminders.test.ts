import { db } from "../core/db";
import { logger } from "../core/logger";
import { settleDispatches } from "../events/dispatch";
import type { HandlerContext } from "../events/handler";
import { emailOnReviewReminderDue, notifyOnReviewReminderDue } from "./handlers/review-reminder";
import type { StoredEvent } from "../events/types";
import { emailSender } from "../notifications/send-email";
import { setupTestDatabase } from "../testing/test-database";
import { formatDeadline } from "./messages";
import { sendReviewReminders } from "./send-review-reminders";
import { submitReview } from "./submit-review";
import { customerReview, makeParties, makeReviewableBooking, makeReviewableBounty, providerReview } from "./test-fixtures";

setupTestDatabase();

const DAY = 86_400_000;

async function remindersFor(bookingIds: string[]) {
  const events = await db.outboxEvent.findMany({ where: { type: "review.reminder_due" }, select: { payload: true } });
  return events
    .map((e) => (e.payload as { data: { bookingId?: string; userId: string; deadline: string } }).data)
    .filter((d) => d.bookingId && bookingIds.includes(d.bookingId));
}

describe("sendReviewReminders", () => {
  it("reminds whoever has not reviewed, once, from 3 days before the deadline until it passes", async () => {
    const now = new Date();
    const parties = await makeParties();
    const { customerActor, providerActor, provider, customer } = parties;
    const at = (msAgo: number) => new Date(now.getTime() - msAgo);

    const due = await makeReviewableBooking(parties, { completedAt: at(12 * DAY) });
    await submitReview({ actor: customerActor, ...customerReview(due.id) });
    const dueExactly = await makeReviewableBooking(parties, { completedAt: at(11 * DAY) });
    const tooEarly = await makeReviewableBooking(parties, { completedAt: at(11 * DAY - 1) });
    const closed = await makeReviewableBooking(parties, { completedAt: at(14 * DAY) });
    const bothReviewed = await makeReviewableBooking(parties, { completedAt: at(13 * DAY) });
    await submitReview({ actor: customerActor, ...customerReview(bothReviewed.id) });
    await submitReview({ actor: providerActor, ...providerReview(bothReviewed.id) });
    const ids = [due.id, dueExactly.id, tooEarly.id, closed.id, bothReviewed.id];

    await sendReviewReminders({ now });
    await sendReviewReminders({ now });

    const deadlineOf = (msAgo: number) => new Date(now.getTime() - msAgo + 14 * DAY).toISOString();
    const firstRound = [
      [due.id, provider.userId, deadlineOf(12 * DAY)],
      [dueExactly.id, customer.id, deadlineOf(11 * DAY)],
      [dueExactly.id, provider.userId, deadlineOf(11 * DAY)],
    ];
    const sent = async () => (await remindersFor(ids)).map((d) => [d.bookingId, d.userId, d.deadline]).sort();
    expect(await sent()).toEqual(firstRound.sort());
    const marks = await db.booking.findMany({ where: { id: { in: ids } }, select: { id: true, reviewReminderSentAt: true } });
    const marked = (id: string) => marks.find((m) => m.id === id)?.reviewReminderSentAt !== null;
    expect([due.id, dueExactly.id, bothReviewed.id].every(marked)).toBe(true);
    expect(marked(tooEarly.id) || marked(closed.id)).toBe(false);

    // A minute later the booking that was 1 ms early is due too; nobody else hears twice.
    await sendReviewReminders({ now: new Date(now.getTime() + 60_000) });
    const secondRound = [
      [tooEarly.id, customer.id, deadlineOf(11 * DAY - 1)],
      [tooEarly.id, provider.userId, deadlineOf(11 * DAY - 1)],
    ];
    expect(await sent()).toEqual([...firstRound, ...secondRound].sort());

    // Delivered: an email and an in-app notification, with the deadline in the reader's own zone.
    await settleDispatches();
    const email = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: `review.reminder_due:booking:${due.id}:${provider.userId}` } });
    expect(email).toMatchObject({ to: provider.user.email, template: "review-reminder", subject: "3 days left to review Robin Reviewer" });
    expect(email.text).toContain(formatDeadline(new Date(deadlineOf(12 * DAY)), "America/New_York"));
    expect(email.text).toContain(`/dashboard/reviews/${due.id}`);
    const toCustomer = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: `review.reminder_due:booking:${dueExactly.id}:${customer.id}` } });
    expect(toCustomer.text).toContain(formatDeadline(new Date(deadlineOf(11 * DAY)), "Europe/London"));
    expect(toCustomer.text).toContain(`/account/bookings/${dueExactly.id}`);
    expect(await db.emailMessage.count({ where: { dedupeKey: `review.reminder_due:booking:${due.id}:${customer.id}` } })).toBe(0);
    expect(await db.notification.findUnique({ where: { dedupeKey: `review.reminder_due:booking:${due.id}:${provider.userId}` } })).toMatchObject({
      userId: provider.userId,
      type: "review.reminder_due",
      link: `/dashboard/reviews/${due.id}`,
    });

    // The deadline really is in the reader's zone: New York and London read differently.
    expect(formatDeadline(new Date("2026-12-05T20:00:00Z"), "America/New_York")).toBe("Sat, Dec 5, 2026, 3:00 PM EST (America/New_York)");
    expect(formatDeadline(new Date("2026-12-05T20:00:00Z"), "Europe/London")).toBe("Sat, Dec 5, 2026, 8:00 PM GMT (Europe/London)");
  });

  it("reminds both parties of a completed bounty, with links to the bounty page's review section", async () => {
    const now = new Date();
    const parties = await makeParties();
    const completedAt = new Date(now.getTime() - 12 * DAY);
    const bounty = await makeReviewableBounty(parties, { completedAt });

    await sendReviewReminders({ now });
    await settleDispatches();

    const deadline = new Date(completedAt.getTime() + 14 * DAY);
    const path = `/bounties/${bounty.id}#review`;
    for (const [userId, email, zone] of [
      [parties.customer.id, parties.customer.email, "Europe/London"],
      [parties.provider.userId, parties.provider.user.email, "America/New_York"],
    ]) {
      const key = `review.reminder_due:bounty:${bounty.id}:${userId}`;
      const sent = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: key } });
      expect(sent).toMatchObject({ to: email, template: "review-reminder" });
      expect(sent.text).toContain(formatDeadline(deadline, zone));
      expect(sent.text).toContain(`${path}`);
      expect(await db.notification.findUnique({ where: { dedupeKey: key } })).toMatchObject({ userId, type: "review.reminder_due", link: path });
    }
  });

  it("says nothing to someone who reviewed between the reminder being due and its delivery", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties, { completedAt: new Date(Date.now() - 12 * DAY) });
    const deadline = new Date(Date.now() + 2 * DAY).toISOString();
    const event = (userId: string): StoredEvent<"review.reminder_due"> => ({
      id: `test-${userId}`,
      type: "review.reminder_due",
      createdAt: new Date(),
      payload: { actorId: null, entity: { type: "Booking", id: booking.id }, data: { bookingId: booking.id, userId, deadline } },
    });
    const ctx: HandlerContext = { db, email: emailSender(), log: logger };
    await submitReview({ actor: parties.customerActor, ...customerReview(booking.id) });

    for (const userId of [parties.customer.id, parties.provider.userId]) {
      await emailOnReviewReminderDue(event(userId), ctx);
      await notifyOnReviewReminderDue(event(userId), ctx);
    }
    const keys = (userId: string) => `review.reminder_due:booking:${booking.id}:${userId}`;
    expect(await db.emailMessage.count({ where: { dedupeKey: keys(parties.customer.id) } })).toBe(0);
    expect(await db.notification.count({ where: { dedupeKey: keys(parties.customer.id) } })).toBe(0);
    expect(await db.emailMessage.count({ where: { dedupeKey: keys(parties.provider.userId) } })).toBe(1);
    expect(await db.notification.count({ where: { dedupeKey: keys(parties.provider.userId) } })).toBe(1);
  });
});
