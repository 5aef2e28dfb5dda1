import type { Tx } from "../core/db";
import { recordEvent } from "../events/record-event";
import { adjustProviderAggregates } from "./aggregates";
import { entityOf, reviewsOf, type ReviewTarget } from "./review-target";

/**
 * Publishes the target's unpublished reviews inside the caller's transaction (which holds the
 * target's lock): sets publishedAt, counts them into the provider's aggregates and records one
 * review.published event with every id that became visible. Returns those ids.
 *
 * `updateMany … publishedAt: null` per review makes this idempotent: a review published by
 * someone else in the meantime is neither republished nor counted twice.
 */
export async function publishReviews(tx: Tx, { target, now, actorId }: { target: ReviewTarget; now: Date; actorId: string | null }): Promise<string[]> {
  const pending = await tx.review.findMany({
    where: { ...reviewsOf(target), publishedAt: null },
    select: { id: true, direction: true, subjectId: true, rating: true, hiddenAt: true },
    orderBy: { createdAt: "asc" },
  });
  const published: string[] = [];
  for (const review of pending) {
    const { count } = await tx.review.updateMany({ where: { id: review.id, publishedAt: null }, data: { publishedAt: now } });
    if (count === 0) continue;
    if (review.hiddenAt === null) await adjustProviderAggregates(tx, review, 1);
    published.push(review.id);
  }
  if (published.length) {
    await recordEvent(tx, { type: "review.published", actorId, entity: entityOf(target), data: { reviewIds: published } });
  }
  return published;
}
