import { createNotification } from "../../notifications/create-notification";
import { reviewSubmittedEmail, reviewSubmittedNotification } from "../messages";
import { isReviewWindowOpen, reviewDeadline, reviewerRole } from "../policies";
import { loadReviewTarget, reviewsOf, targetRefOf } from "../review-target";
import type { Handler, HandlerContext } from "../../events/handler";
import type { StoredEvent } from "../../events/types";

/**
 * The subject of a sealed first review, or null when there is nothing to nudge about: the review
 * was the second of its pair (published at once; review.published says so), the subject has
 * reviewed meanwhile, or the window has closed.
 */
async function loadNudge(event: StoredEvent<"review.submitted">, ctx: HandlerContext) {
  const review = await ctx.db.review.findUnique({
    where: { id: event.payload.data.reviewId },
    select: { id: true, subjectId: true, publishedAt: true, bookingId: true, bountyId: true },
  });
  if (!review || review.publishedAt) return null;
  const target = await loadReviewTarget(ctx.db, targetRefOf(review));
  const role = reviewerRole({ userId: review.subjectId }, target);
  if (!role || !target.completedAt || !isReviewWindowOpen(target, new Date())) return null;
  const answered = await ctx.db.review.findFirst({ where: { ...reviewsOf(target), authorId: review.subjectId }, select: { id: true } });
  if (answered) return null;
  const reader = await ctx.db.user.findUniqueOrThrow({ where: { id: review.subjectId }, select: { id: true, email: true, name: true, timeZone: true } });
  return { review, target, role, reader, deadline: reviewDeadline(target.completedAt) };
}

const dedupeKey = (reviewId: string) => `review.submitted:${reviewId}:subject`;

export const emailSubjectOnReviewSubmitted: Handler<"review.submitted"> = async (event, ctx) => {
  const nudge = await loadNudge(event, ctx);
  if (!nudge) return;
  await ctx.email.send({
    to: nudge.reader.email,
    template: "review-submitted",
    dedupeKey: dedupeKey(nudge.review.id),
    ...reviewSubmittedEmail(nudge.target, nudge.role, nudge.reader, nudge.deadline),
  });
};

export const notifySubjectOnReviewSubmitted: Handler<"review.submitted"> = async (event, ctx) => {
  const nudge = await loadNudge(event, ctx);
  if (!nudge) return;
  await createNotification({
    userId: nudge.reader.id,
    type: "review.submitted",
    dedupeKey: dedupeKey(nudge.review.id),
    ...reviewSubmittedNotification(nudge.target, nudge.role, nudge.reader, nudge.deadline),
  });
};
