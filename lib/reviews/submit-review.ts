import type { Actor } from "../core/auth/actor";
import { Prisma } from "../core/db";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { reviewSelect, toReviewDto, type ReviewDto } from "./dto";
import { assertCanReview, assertSubRatingsFit } from "./policies";
import { publishReviews } from "./publish-reviews";
import { loadReviewTarget, reviewsOf, targetRefOf } from "./review-target";
import { SubmitReviewInput } from "./schemas";

export type SubmitReviewOptions = SubmitReviewInput & { actor: Actor; now?: Date };

export interface SubmitReviewResult {
  review: ReviewDto;
  /** True when this was the second review, so both became visible now. */
  published: boolean;
}

/**
 * One party's review of completed work. It stays sealed (publishedAt null) until the other side
 * reviews too — then both are published in this same transaction — or until the window closes
 * (publish-expired-reviews.ts). The target's row lock serialises the two sides' submissions.
 */
export async function submitReview({ actor, now = new Date(), ...raw }: SubmitReviewOptions): Promise<SubmitReviewResult> {
  const input = parseInput(SubmitReviewInput, raw);
  try {
    return await transactional(async (tx) => {
      const target = await loadReviewTarget(tx, targetRefOf(input), { lock: true });
      const { direction, subjectId } = assertCanReview(actor, target, now);
      assertSubRatingsFit(direction, input);

      const existing = await tx.review.findMany({ where: reviewsOf(target), select: { id: true, authorId: true } });
      if (existing.some((r) => r.authorId === actor.userId)) throw alreadyReviewed();

      const created = await tx.review.create({
        data: {
          ...reviewsOf(target),
          authorId: actor.userId,
          subjectId,
          direction,
          rating: input.rating,
          quality: input.quality ?? null,
          punctuality: input.punctuality ?? null,
          communication: input.communication ?? null,
          value: input.value ?? null,
          text: input.text,
          wouldRecommend: input.wouldRecommend,
          createdAt: now,
        },
        select: { id: true },
      });
      await recordEvent(tx, {
        type: "review.submitted",
        actorId: actor.userId,
        entity: { type: "Review", id: created.id },
        data: { reviewId: created.id },
      });

      // The other side already reviewed: the pair is complete, so both become visible together.
      const otherSubmitted = existing.some((r) => r.authorId === subjectId);
      const published = otherSubmitted ? await publishReviews(tx, { target, now, actorId: actor.userId }) : [];
      const review = await tx.review.findUniqueOrThrow({ where: { id: created.id }, select: reviewSelect });
      return { review: toReviewDto(review), published: published.includes(created.id) };
    });
  } catch (error) {
    // The unique (target, author) index is the last word if two tabs submit at the same instant.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyReviewed();
    throw error;
  }
}

const alreadyReviewed = () => new AppError("CONFLICT", "You have already reviewed this");
