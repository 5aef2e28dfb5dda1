import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { reviewSelect, toReviewDto, type ReviewDto } from "./dto";
import { lockReview } from "./lock-review";
import { assertCanReply } from "./policies";
import { ReplyToReviewInput } from "./schemas";

export type ReplyToReviewOptions = ReplyToReviewInput & { actor: Actor; now?: Date };

/** The reviewed provider's one public answer to a published review. */
export async function replyToReview({ actor, now = new Date(), ...raw }: ReplyToReviewOptions): Promise<ReviewDto> {
  const { reviewId, reply } = parseInput(ReplyToReviewInput, raw);
  return transactional(async (tx) => {
    const review = await lockReview(tx, reviewId);
    assertCanReply(actor, review);
    await tx.review.update({ where: { id: reviewId }, data: { reply, repliedAt: now } });
    await recordEvent(tx, { type: "review.replied", actorId: actor.userId, entity: { type: "Review", id: reviewId }, data: { reviewId } });
    return toReviewDto(await tx.review.findUniqueOrThrow({ where: { id: reviewId }, select: reviewSelect }));
  });
}
