import { isAppError } from "../../core/errors";
import { createNotification } from "../../notifications/create-notification";
import { reviewReminderEmail, reviewReminderNotification } from "../messages";
import { isReviewWindowOpen, reviewerRole } from "../policies";
import { loadReviewTarget, reviewsOf, targetRefOf } from "../review-target";
import type { Handler, HandlerContext } from "../../events/handler";
import type { StoredEvent } from "../../events/types";

/**
 * What a reminder needs, or null when there is nothing to remind of any more: the reader reviewed
 * in the meantime, the window closed before delivery, or a row is gone.
 */
async function loadReminder(event: StoredEvent<"review.reminder_due">, ctx: HandlerContext) {
  const { bookingId, bountyId, userId, deadline } = event.payload.data;
  const target = await loadReviewTarget(ctx.db, targetRefOf({ bookingId, bountyId })).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  const reader = await ctx.db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, timeZone: true } });
  if (!target || !reader || !isReviewWindowOpen(target, new Date())) return null;
  const role = reviewerRole({ userId }, target);
  if (!role) return null;
  const reviewed = await ctx.db.review.findFirst({ where: { ...reviewsOf(target), authorId: userId }, select: { id: true } });
  if (reviewed) return null;
  return { target, reader, role, deadline: new Date(deadline) };
}

const dedupeKey = (event: StoredEvent<"review.reminder_due">) => {
  const { bookingId, bountyId, userId } = event.payload.data;
  return `review.reminder_due:${bookingId ? `booking:${bookingId}` : `bounty:${bountyId}`}:${userId}`;
};

export const emailOnReviewReminderDue: Handler<"review.reminder_due"> = async (event, ctx) => {
  const reminder = await loadReminder(event, ctx);
  if (!reminder) return;
  await ctx.email.send({
    to: reminder.reader.email,
    template: "review-reminder",
    dedupeKey: dedupeKey(event),
    ...reviewReminderEmail(reminder.target, reminder.role, reminder.reader, reminder.deadline),
  });
};

export const notifyOnReviewReminderDue: Handler<"review.reminder_due"> = async (event, ctx) => {
  const reminder = await loadReminder(event, ctx);
  if (!reminder) return;
  await createNotification({
    userId: reminder.reader.id,
    type: "review.reminder_due",
    dedupeKey: dedupeKey(event),
    ...reviewReminderNotification(reminder.target, reminder.role, reminder.reader, reminder.deadline),
  });
};
