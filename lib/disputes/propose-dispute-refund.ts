import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getDispute } from "./get-dispute";
import { assertOpen, assertParty, loadDisputeFor } from "./policies";
import { noteResponse } from "./respond";
import { ProposeDisputeRefundInput } from "./schemas";

/**
 * A party proposes how to settle: refundAmount back to the customer (0 = release everything to the
 * provider, the paid amount = a full refund). One pending proposal per side; only the other side
 * can accept it (answer-dispute-proposal).
 */
export async function proposeDisputeRefund({ actor, now = new Date(), ...input }: ProposeDisputeRefundInput & { actor: Actor; now?: Date }) {
  const { disputeId, refundAmount, note } = parseInput(ProposeDisputeRefundInput, input);
  await transactional(async (tx) => {
    const { dispute, side } = await loadDisputeFor(tx, actor, disputeId, { lock: true });
    assertParty(side, "propose a settlement");
    assertOpen(dispute);
    if (refundAmount > dispute.paidAmount) {
      throw new AppError("VALIDATION_FAILED", `At most the ${dispute.paidAmount} paid`, { fields: { refundAmount: [`At most ${dispute.paidAmount}`] } });
    }
    const pending = await tx.disputeProposal.findFirst({ where: { disputeId, proposedById: actor.userId, status: "PENDING" }, select: { id: true } });
    if (pending) throw new AppError("CONFLICT", "You already have a proposal waiting for an answer", { proposalId: pending.id });
    const proposal = await tx.disputeProposal.create({ data: { disputeId, proposedById: actor.userId, refundAmount, note, createdAt: now }, select: { id: true } });
    await noteResponse(tx, dispute, actor, now);
    await recordEvent(tx, { type: "dispute.proposal_made", actorId: actor.userId, entity: { type: "Dispute", id: disputeId }, data: { disputeId, proposalId: proposal.id, refundAmount } });
  });
  return getDispute({ actor, disputeId });
}
