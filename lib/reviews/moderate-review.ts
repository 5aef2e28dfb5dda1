import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { adjustProviderAggregates } from "./aggregates";
import { moderationSelect, toModerationDto, type ModerationDto } from "./dto";
import { lockReview } from "./lock-review";
import { assertCanModerate } from "./policies";
import { ModerateReviewInput } from "./schemas";

export type ModerateReviewOptions = ModerateReviewInput & { actor: Actor; now?: Date };

/**
 * An admin hides a published review (it leaves the profile and the provider's rating) or restores
 * it (it counts again). Restoring a review that was never hidden keeps it up and dismisses its
 * reports. The open reports are resolved and the AuditLog row written in the same transaction.
 */
export async function moderateReview({ actor, now = new Date(), ...raw }: ModerateReviewOptions): Promise<ModerationDto> {
  const { reviewId, action, note } = parseInput(ModerateReviewInput, raw);
  assertCanModerate(actor);
  return transactional(async (tx) => {
    const review = await lockReview(tx, reviewId);
    if (review.publishedAt === null) throw new AppError("INVALID_STATE", "This review is not published yet");
    const openReports = await tx.reviewReport.findMany({ where: { reviewId, status: "OPEN" }, select: { id: true } });

    let auditAction: string;
    if (action === "HIDE") {
      if (review.hiddenAt !== null) throw new AppError("INVALID_STATE", "This review is already hidden");
      await tx.review.update({ where: { id: reviewId }, data: { hiddenAt: now } });
      await adjustProviderAggregates(tx, review, -1);
      auditAction = "review.hidden";
    } else if (review.hiddenAt !== null) {
      await tx.review.update({ where: { id: reviewId }, data: { hiddenAt: null } });
      await adjustProviderAggregates(tx, review, 1);
      auditAction = "review.restored";
    } else {
      if (openReports.length === 0) throw new AppError("INVALID_STATE", "This review is visible and has no open reports");
      auditAction = "review.reports_dismissed";
    }

    if (openReports.length) {
      await tx.reviewReport.updateMany({
        where: { id: { in: openReports.map((r) => r.id) }, status: "OPEN" },
        data: { status: action === "HIDE" ? "HIDDEN" : "DISMISSED", resolvedBy: actor.userId, resolvedAt: now },
      });
    }
    // No domain event: nobody reacts to moderation, but the trail of who did what must exist.
    await tx.auditLog.create({
      data: {
        actorId: actor.userId,
        action: auditAction,
        entityType: "Review",
        entityId: reviewId,
        data: { reportIds: openReports.map((r) => r.id), ...(note ? { note } : {}) },
      },
    });
    return toModerationDto(await tx.review.findUniqueOrThrow({ where: { id: reviewId }, select: moderationSelect }));
  });
}
