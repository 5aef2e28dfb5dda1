import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { REVIEW_WINDOW_MS } from "./policies";
import { publishReviews } from "./publish-reviews";
import { loadReviewTarget, targetRefOf } from "./review-target";

/**
 * Scheduled: once a target's review window has closed, its lone sealed review is published (the
 * other side had its chance). Returns how many reviews became visible.
 */
export async function publishExpiredReviews({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}): Promise<number> {
  const closedBefore = new Date(now.getTime() - REVIEW_WINDOW_MS);
  const due = await db.review.findMany({
    where: {
      publishedAt: null,
      OR: [{ booking: { completedAt: { lte: closedBefore } } }, { bounty: { completedAt: { lte: closedBefore } } }],
    },
    select: { bookingId: true, bountyId: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  const targets = new Map(due.map((r) => [r.bookingId ? `booking:${r.bookingId}` : `bounty:${r.bountyId}`, targetRefOf(r)]));
  let published = 0;
  for (const ref of targets.values()) {
    // Under the target's lock, like a submission: a second run (or instance) finds nothing left to publish.
    const ids = await transactional(async (tx) => publishReviews(tx, { target: await loadReviewTarget(tx, ref, { lock: true }), now, actorId: null }));
    published += ids.length;
  }
  return published;
}
