import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { getDispute } from "./get-dispute";
import { assertAdmin, assertOpen } from "./policies";
import { ResolveDisputeCaseInput } from "./schemas";
import { settleDispute } from "./settle-dispute";

/**
 * Hearth support decides a booking or bounty dispute: a full refund, a partial refund of
 * refundAmount (the rest released to the provider), or everything released to the provider.
 */
export async function resolveDisputeCase({ actor, now = new Date(), ...input }: ResolveDisputeCaseInput & { actor: Actor; now?: Date }) {
  assertAdmin(actor);
  const { disputeId, outcome, refundAmount } = parseInput(ResolveDisputeCaseInput, input);
  const dispute = await db.dispute.findUnique({ where: { id: disputeId }, select: { status: true, paidAmount: true } });
  if (!dispute) throw notFound("Dispute");
  assertOpen(dispute);
  const refund = outcome === "refund" ? dispute.paidAmount : outcome === "release" ? 0 : refundAmount!;
  await settleDispute({ disputeId, refundAmount: refund, actorId: actor.userId, now });
  return getDispute({ actor, disputeId });
}
