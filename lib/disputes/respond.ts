import type { Actor } from "../core/auth/actor";
import type { Tx } from "../core/db";
import type { DisputeWithParties } from "./policies";

/**
 * The respondent's first message, evidence or proposal is their answer: the deadline stops and the
 * dispute is OPEN (the parties talk it out). An escalated dispute stays in the admin queue.
 */
export async function noteResponse(tx: Tx, dispute: DisputeWithParties, actor: Actor, now: Date): Promise<void> {
  if (dispute.status !== "AWAITING_RESPONSE" || dispute.respondentId !== actor.userId) return;
  await tx.dispute.update({ where: { id: dispute.id }, data: { status: "OPEN", respondedAt: now, responseDueAt: null } });
}
