import type { Actor } from "../core/auth/actor";
import { AppError, notFound } from "../core/errors";
import { dispatchInTransaction } from "../events/in-transaction";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { assertCanReviewRisk } from "./policies";

export interface HoldDecision {
  assessmentId: string;
  reviewStatus: "APPROVED" | "REJECTED";
  subjectKind: "BOUNTY" | "PAYOUT";
  subjectId: string;
}

/**
 * One admin decision on a held bounty or payout, in one transaction: the assessment leaves PENDING
 * by a conditional update (of two admins deciding at once, exactly one updates the row; the other
 * waits on its lock, then matches nothing and gets a 409), the owning domain opens/pays or cancels
 * the subject (an in-transaction fact: lib/risk names neither bounties nor payouts, see
 * lib/subscriptions.ts), and risk.hold_* is recorded with its audit row.
 */
export async function decideHold({ actor, assessmentId, approved, note, now = new Date() }: {
  actor: Actor;
  assessmentId: string;
  approved: boolean;
  note: string | null;
  now?: Date;
}): Promise<HoldDecision> {
  assertCanReviewRisk(actor);
  return transactional(async (tx) => {
    const assessment = await tx.riskAssessment.findUnique({ where: { id: assessmentId }, select: { id: true, subjectKind: true, subjectId: true, userId: true, decision: true } });
    if (!assessment) throw notFound("Risk assessment");
    const { subjectKind, subjectId, userId } = assessment;
    if (assessment.decision !== "HOLD" || subjectKind === "BOOKING") {
      throw new AppError("INVALID_STATE", "Nothing is held here: this was allowed when it was scored", { decision: assessment.decision });
    }
    const reviewStatus = approved ? "APPROVED" : "REJECTED";
    const { count } = await tx.riskAssessment.updateMany({
      where: { id: assessmentId, reviewStatus: "PENDING" },
      data: { reviewStatus, reviewedById: actor.userId, reviewedAt: now, note },
    });
    if (count === 0) {
      const current = await tx.riskAssessment.findUnique({ where: { id: assessmentId }, select: { reviewStatus: true } });
      throw new AppError("CONFLICT", "Another admin already decided this hold; reload the queue", { reviewStatus: current?.reviewStatus ?? null });
    }
    if (subjectKind === "BOUNTY") {
      await dispatchInTransaction(tx, { type: "risk.bounty_hold_decided", data: { bountyId: subjectId, approved, actorId: actor.userId, note, now } });
    } else {
      await dispatchInTransaction(tx, { type: "risk.payout_hold_decided", data: { payoutId: subjectId, approved, actorId: actor.userId, note, now } });
    }
    const entity = { type: "RiskAssessment", id: assessmentId };
    if (approved) await recordEvent(tx, { type: "risk.hold_approved", actorId: actor.userId, entity, data: { assessmentId, subjectKind, subjectId, userId } });
    else await recordEvent(tx, { type: "risk.hold_rejected", actorId: actor.userId, entity, data: { assessmentId, subjectKind, subjectId, userId, note: note ?? "" } });
    return { assessmentId, reviewStatus, subjectKind, subjectId };
  });
}
