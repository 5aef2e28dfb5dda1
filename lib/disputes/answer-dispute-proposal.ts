import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { AppError, notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getDispute } from "./get-dispute";
import { assertOpen, assertParty, loadDisputeFor } from "./policies";
import { AnswerDisputeProposalInput } from "./schemas";
import { settleDispute } from "./settle-dispute";

/**
 * The other party accepts (the dispute resolves with that refund, money and ledger included) or
 * rejects a pending proposal. The proposer, support and strangers cannot answer it.
 */
export async function answerDisputeProposal({ actor, now = new Date(), ...input }: AnswerDisputeProposalInput & { actor: Actor; now?: Date }) {
  const { proposalId, answer } = parseInput(AnswerDisputeProposalInput, input);
  const found = await db.disputeProposal.findUnique({ where: { id: proposalId }, select: { disputeId: true } });
  if (!found) throw notFound("Proposal");
  const { disputeId } = found;
  const { dispute, side } = await loadDisputeFor(db, actor, disputeId);
  assertParty(side, "answer a proposal");
  assertOpen(dispute);
  const proposal = await db.disputeProposal.findUniqueOrThrow({ where: { id: proposalId }, select: { proposedById: true, refundAmount: true, status: true } });
  if (proposal.proposedById === actor.userId) throw new AppError("FORBIDDEN", "The other party answers your proposal");
  if (proposal.status !== "PENDING") throw new AppError("INVALID_STATE", "This proposal was already answered", { currentStatus: proposal.status });

  // Claims the proposal under the dispute's lock, so a concurrent answer or resolution loses cleanly.
  const claim = async (tx: Parameters<Parameters<typeof transactional>[0]>[0], status: "ACCEPTED" | "REJECTED") => {
    await tx.$queryRaw`SELECT id FROM "Dispute" WHERE id = ${disputeId} FOR UPDATE`;
    const { count } = await tx.disputeProposal.updateMany({ where: { id: proposalId, status: "PENDING" }, data: { status, decidedById: actor.userId, decidedAt: now } });
    if (count === 0) throw new AppError("INVALID_STATE", "This proposal was already answered");
    await recordEvent(tx, { type: "dispute.proposal_answered", actorId: actor.userId, entity: { type: "Dispute", id: disputeId }, data: { disputeId, proposalId, answer } });
  };
  if (answer === "reject") await transactional((tx) => claim(tx, "REJECTED"));
  else await settleDispute({ disputeId, refundAmount: proposal.refundAmount, actorId: actor.userId, now, inTx: (tx) => claim(tx, "ACCEPTED") });
  return getDispute({ actor, disputeId });
}
