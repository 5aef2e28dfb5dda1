import type { Actor } from "../core/auth/actor";
import { Prisma } from "../core/db";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { lockReview } from "./lock-review";
import { assertCanReport } from "./policies";
import { ReportReviewInput } from "./schemas";

export type ReportReviewOptions = ReportReviewInput & { actor: Actor; now?: Date };

/** Anyone signed in flags a public review for the admins' moderation queue, once per review. */
export async function reportReview({ actor, now = new Date(), ...raw }: ReportReviewOptions): Promise<{ reportId: string; reviewId: string }> {
  const { reviewId, reason } = parseInput(ReportReviewInput, raw);
  try {
    return await transactional(async (tx) => {
      const review = await lockReview(tx, reviewId);
      assertCanReport(actor, review);
      const existing = await tx.contentReport.findUnique({ where: { kind_targetId_reporterId: { kind: "REVIEW", targetId: reviewId, reporterId: actor.userId } }, select: { id: true } });
      if (existing) throw alreadyReported();
      const report = await tx.contentReport.create({
        data: { kind: "REVIEW", targetId: reviewId, reviewId, reporterId: actor.userId, reason, createdAt: now },
        select: { id: true },
      });
      await tx.review.update({ where: { id: reviewId }, data: { reportCount: { increment: 1 } } });
      await recordEvent(tx, {
        type: "review.reported",
        actorId: actor.userId,
        entity: { type: "Review", id: reviewId },
        data: { reviewId, reportId: report.id },
      });
      return { reportId: report.id, reviewId };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyReported();
    throw error;
  }
}

const alreadyReported = () => new AppError("CONFLICT", "You have already reported this review");
