import type { Tx } from "../core/db";
import { notFound } from "../core/errors";

/** Loads a review for a change and locks its row, so replies and moderation of one review run one at a time. */
export async function lockReview(tx: Tx, reviewId: string) {
  await tx.$queryRaw`SELECT id FROM "Review" WHERE id = ${reviewId} FOR UPDATE`;
  const review = await tx.review.findUnique({
    where: { id: reviewId },
    select: {
      id: true,
      authorId: true,
      subjectId: true,
      direction: true,
      rating: true,
      publishedAt: true,
      hiddenAt: true,
      reply: true,
      bookingId: true,
      bountyId: true,
    },
  });
  if (!review) throw notFound("Review");
  return review;
}
