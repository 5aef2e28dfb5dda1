import type { Tx } from "../core/db";
import { recordEvent } from "../events/record-event";
import { gatherRiskSignals } from "./gather-signals";
import { scoreRisk, type RiskKind, type RiskScore, type RiskSignals } from "./score";

export interface RiskVerdict extends RiskScore {
  signals: RiskSignals;
}

/** Gathers and scores, before the subject is written (its status depends on the decision). */
export async function assessRisk(tx: Tx, options: { kind: RiskKind; userId: string; providerId?: string; amount: number; now: Date }): Promise<RiskVerdict> {
  const signals = await gatherRiskSignals(tx, options);
  return { ...scoreRisk(signals), signals };
}

/**
 * Writes the subject's RiskAssessment in the transaction that created it: a HOLD starts PENDING
 * in the admin queue (and tells the admins, risk.hold_created), an ALLOW has no review.
 */
export async function recordRiskAssessment(
  tx: Tx,
  { verdict, subjectId, userId, currency, now }: { verdict: RiskVerdict; subjectId: string; userId: string; currency: string; now: Date },
) {
  const assessment = await tx.riskAssessment.create({
    data: {
      subjectKind: verdict.signals.kind,
      subjectId,
      userId,
      score: verdict.score,
      signals: { inputs: { ...verdict.signals }, contributions: verdict.contributions.map((c) => ({ ...c })) },
      amount: verdict.signals.amount,
      currency: currency.toUpperCase(),
      decision: verdict.decision,
      reviewStatus: verdict.decision === "HOLD" ? "PENDING" : null,
      createdAt: now,
    },
    select: { id: true, decision: true, score: true },
  });
  const kind = verdict.signals.kind;
  if (verdict.decision === "HOLD" && kind !== "BOOKING") {
    await recordEvent(tx, {
      type: "risk.hold_created",
      actorId: userId,
      entity: { type: "RiskAssessment", id: assessment.id },
      data: { assessmentId: assessment.id, subjectKind: kind, subjectId, userId, score: verdict.score },
    });
  }
  return assessment;
}

/** Both steps at once, for a subject whose creation does not depend on the decision (bookings). */
export async function scoreAndRecord(tx: Tx, options: { kind: RiskKind; subjectId: string; userId: string; providerId?: string; amount: number; currency: string; now: Date }) {
  const verdict = await assessRisk(tx, options);
  return recordRiskAssessment(tx, { verdict, ...options });
}
