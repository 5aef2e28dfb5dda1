import { createNotification } from "../../notifications/create-notification";
import { firstName } from "../dto";
import { reviewPublishedNotification } from "../messages";
import { reviewerRole } from "../policies";
import { loadReviewTarget, targetRefOf } from "../review-target";
import type { Handler } from "../../events/handler";

/** Each review that became visible is news to the person it is about. */
export const notifySubjectsOnReviewPublished: Handler<"review.published"> = async (event, ctx) => {
  const reviews = await ctx.db.review.findMany({
    where: { id: { in: event.payload.data.reviewIds }, publishedAt: { not: null }, hiddenAt: null },
    select: { id: true, subjectId: true, rating: true, bookingId: true, bountyId: true, author: { select: { name: true } } },
  });
  for (const review of reviews) {
    const target = await loadReviewTarget(ctx.db, targetRefOf(review));
    const role = reviewerRole({ userId: review.subjectId }, target);
    if (!role) continue;
    await createNotification({
      userId: review.subjectId,
      type: "review.published",
      dedupeKey: `review.published:${review.id}:subject`,
      ...reviewPublishedNotification(target, role, firstName(review.author.name), review.rating),
    });
  }
};
