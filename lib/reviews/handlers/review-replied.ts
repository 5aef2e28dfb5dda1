import { createNotification } from "../../notifications/create-notification";
import { reviewRepliedNotification } from "../messages";
import type { Handler } from "../../events/handler";

/** The customer hears that the provider answered their review. */
export const notifyAuthorOnReviewReplied: Handler<"review.replied"> = async (event, ctx) => {
  const review = await ctx.db.review.findUnique({
    where: { id: event.payload.data.reviewId },
    select: { id: true, authorId: true, reply: true, subject: { select: { name: true, providerProfile: { select: { slug: true, businessName: true } } } } },
  });
  if (!review?.reply) return;
  const profile = review.subject.providerProfile;
  await createNotification({
    userId: review.authorId,
    type: "review.replied",
    dedupeKey: `review.replied:${review.id}:author`,
    ...reviewRepliedNotification(profile?.businessName ?? review.subject.name, profile?.slug ?? null),
  });
};
