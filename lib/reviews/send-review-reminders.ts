import { db } from "../core/db";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { REVIEW_REMINDER_LEAD_MS, REVIEW_WINDOW_MS, reviewDeadline } from "./policies";
import { entityOf, loadReviewTarget, reviewsOf, type TargetRef } from "./review-target";

/**
 * Scheduled: 3 days before a review window closes, one review.reminder_due per party who has not
 * reviewed yet. reviewReminderSentAt marks the target, so each goes out once however often this
 * runs. Returns the number of reminders emitted.
 */
export async function sendReviewReminders({ now = new Date(), limit = 500 }: { now?: Date; limit?: number } = {}): Promise<number> {
  // Completed after `openAfter`: the window is still open. Completed by `dueBy`: 3 days or less are left.
  const openAfter = new Date(now.getTime() - REVIEW_WINDOW_MS);
  const dueBy = new Date(now.getTime() - REVIEW_WINDOW_MS + REVIEW_REMINDER_LEAD_MS);
  const due = { status: "COMPLETED", reviewReminderSentAt: null, completedAt: { gt: openAfter, lte: dueBy } } as const;
  const [bookings, bounties] = await Promise.all([
    db.booking.findMany({ where: due, select: { id: true }, orderBy: { completedAt: "asc" }, take: limit }),
    db.bounty.findMany({ where: { ...due, acceptedOfferId: { not: null } }, select: { id: true }, orderBy: { completedAt: "asc" }, take: limit }),
  ]);
  const refs: TargetRef[] = [...bookings.map((b) => ({ bookingId: b.id })), ...bounties.map((b) => ({ bountyId: b.id }))];
  let sent = 0;
  for (const ref of refs) sent += await remind(ref, now);
  return sent;
}

async function remind(ref: TargetRef, now: Date): Promise<number> {
  return transactional(async (tx) => {
    // The guard makes a second scheduler (or a retry) find nothing left to claim.
    const claim = { reviewReminderSentAt: null, status: "COMPLETED" } as const;
    const { count } = ref.bookingId
      ? await tx.booking.updateMany({ where: { id: ref.bookingId, ...claim }, data: { reviewReminderSentAt: now } })
      : await tx.bounty.updateMany({ where: { id: ref.bountyId, ...claim }, data: { reviewReminderSentAt: now } });
    if (count === 0) return 0;
    const target = await loadReviewTarget(tx, ref);
    if (!target.completedAt) return 0;
    const deadline = reviewDeadline(target.completedAt).toISOString();
    const authors = new Set((await tx.review.findMany({ where: reviewsOf(target), select: { authorId: true } })).map((r) => r.authorId));
    const pending = [target.customerId, target.providerUserId].filter((id): id is string => id !== null && !authors.has(id));
    for (const userId of pending) {
      await recordEvent(tx, {
        type: "review.reminder_due",
        actorId: null,
        entity: entityOf(target),
        data: { ...(target.kind === "booking" ? { bookingId: target.id } : { bountyId: target.id }), userId, deadline },
      });
    }
    return pending.length;
  });
}
