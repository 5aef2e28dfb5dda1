import type { Actor } from "../core/auth/actor";
import type { Tx } from "../core/db";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
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
 * reports. The open reports are resolved, the AuditLog row and the outbox event written in the
 * same transaction.
 */
export async function moderateReview({ actor, now = new Date(), ...raw }: ModerateReviewOptions): Promise<ModerationDto> {
  const { reviewId, action, note } = parseInput(ModerateReviewInput, raw);
  assertCanModerate(actor);
  return transactional(async (tx) => {
    await applyReviewModeration(tx, { reviewId, action, note, actor, now });
    return toModerationDto(await tx.review.findUniqueOrThrow({ where: { id: reviewId }, select: moderationSelect }));
  });
}

/**
 * The decision itself, in the caller's transaction (lib/moderation calls it for the unified queue).
 * DISMISS is RESTORE on a visible review; it refuses a hidden one, as RESTORE refuses nothing to undo.
 */
export async function applyReviewModeration(
  tx: Tx,
  { reviewId, action, note, actor, now }: { reviewId: string; action: "HIDE" | "RESTORE" | "DISMISS"; note?: string; actor: Actor; now: Date },
): Promise<{ reportIds: string[]; authorId: string }> {
  assertCanModerate(actor);
  const review = await lockReview(tx, reviewId);
  if (review.publishedAt === null) throw new AppError("INVALID_STATE", "This review is not published yet");
  if (action === "DISMISS" && review.hiddenAt !== null) throw new AppError("INVALID_STATE", "This review is hidden: restore it instead");
  const openReports = await tx.contentReport.findMany({ where: { kind: "REVIEW", targetId: reviewId, status: "OPEN" }, select: { id: true } });

  let type: "review.hidden" | "review.restored" | "review.reports_dismissed";
  let resolved = openReports.map((r) => r.id);
  if (action === "HIDE") {
    if (review.hiddenAt !== null) throw new AppError("INVALID_STATE", "This review is already hidden");
    await tx.review.update({ where: { id: reviewId }, data: { hiddenAt: now } });
    await adjustProviderAggregates(tx, review, -1);
    type = "review.hidden";
  } else if (action === "RESTORE" && review.hiddenAt !== null) {
    await tx.review.update({ where: { id: reviewId }, data: { hiddenAt: null } });
    await adjustProviderAggregates(tx, review, 1);
    // The reports that took it down were not upheld after all.
    const upheld = await tx.contentReport.findMany({ where: { kind: "REVIEW", targetId: reviewId, status: "HIDDEN" }, select: { id: true } });
    await tx.contentReport.updateMany({ where: { id: { in: upheld.map((r) => r.id) } }, data: { status: "DISMISSED" } });
    resolved = [...resolved, ...upheld.map((r) => r.id)];
    type = "review.restored";
  } else {
    if (openReports.length === 0) throw new AppError("INVALID_STATE", "This review is visible and has no open reports");
    type = "review.reports_dismissed";
  }

  if (openReports.length) {
    await tx.contentReport.updateMany({
      where: { id: { in: openReports.map((r) => r.id) }, status: "OPEN" },
      data: { status: action === "HIDE" ? "HIDDEN" : "DISMISSED", resolvedBy: actor.userId, resolvedAt: now, resolutionNote: note ?? null },
    });
  }
  await recordEvent(tx, {
    type,
    actorId: actor.userId,
    entity: { type: "Review", id: reviewId },
    data: { kind: "REVIEW", targetId: reviewId, authorId: review.authorId, reportIds: resolved, ...(note ? { note } : {}) },
  });
  return { reportIds: resolved, authorId: review.authorId };
}
