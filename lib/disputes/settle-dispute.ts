import type { Tx } from "../core/db";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { settleBountyDispute } from "../bounties/resolve-dispute";
import { refundCapturedMoney } from "../payments/refund-captured-money";
import { recordPaymentRefund } from "../payments/record-payment-refund";
import { isOpenDispute } from "./status";

export type DisputeOutcome = "refund" | "partial_refund" | "release";

export const outcomeFor = (refundAmount: number, paidAmount: number): DisputeOutcome =>
  refundAmount >= paidAmount ? "refund" : refundAmount === 0 ? "release" : "partial_refund";

/**
 * Carries out a decision (support's, or a proposal the other party accepted; the caller checked
 * who may decide). `inTx` runs in the closing transaction (e.g. marking the proposal accepted).
 *
 * Booking: the refund goes through the processor first (outside any row lock, keyed by the dispute
 * so a retry refunds once), then one transaction records it with recordPaymentRefund (the
 * ledger's refundEarned: the provider's share and the platform's fee reversed pro rata), closes
 * the dispute, which unfreezes the rest of the provider's earnings, and emits dispute.resolved.
 * Bounty: the escrow's own resolution (lib/bounties), which closes the Dispute row.
 */
export async function settleDispute({
  disputeId,
  refundAmount,
  actorId,
  now,
  inTx,
}: {
  disputeId: string;
  refundAmount: number;
  actorId: string;
  now: Date;
  inTx?: (tx: Tx) => Promise<void>;
}): Promise<void> {
  const dispute = await db.dispute.findUniqueOrThrow({
    where: { id: disputeId },
    select: { status: true, bookingId: true, bountyId: true, paidAmount: true },
  });
  if (!isOpenDispute(dispute.status)) throw new AppError("INVALID_STATE", "This dispute is closed", { currentStatus: dispute.status });
  if (!Number.isInteger(refundAmount) || refundAmount < 0 || refundAmount > dispute.paidAmount) {
    throw new AppError("VALIDATION_FAILED", `A refund is between 0 and the ${dispute.paidAmount} paid`, { fields: { refundAmount: [`At most ${dispute.paidAmount}`] } });
  }
  const outcome = outcomeFor(refundAmount, dispute.paidAmount);

  if (dispute.bountyId) {
    await settleBountyDispute({
      actorId,
      bountyId: dispute.bountyId,
      outcome,
      refundAmount: outcome === "partial_refund" ? refundAmount : undefined,
      now,
      inTx: async (tx) => {
        if (inTx) await inTx(tx);
        await recordEvent(tx, { type: "dispute.resolved", actorId, entity: { type: "Dispute", id: disputeId }, data: { disputeId, outcome, refundAmount } });
      },
    });
    return;
  }

  const payment = await db.payment.findUnique({ where: { bookingId: dispute.bookingId! }, select: { id: true, status: true, processor: true, processorRef: true } });
  let refundRef: string | null = null;
  if (refundAmount > 0) {
    if (!payment?.processorRef || (payment.status !== "CAPTURED" && payment.status !== "PARTIALLY_REFUNDED")) {
      throw new AppError("INVALID_STATE", "The booking's payment is not captured yet; try again once it is", { paymentStatus: payment?.status ?? null });
    }
    refundRef = await refundCapturedMoney({ processor: payment.processor, processorRef: payment.processorRef }, { amount: refundAmount, idempotencyKey: `dispute:${disputeId}:refund` });
  }
  await transactional(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Dispute" WHERE id = ${disputeId} FOR UPDATE`;
    const current = await tx.dispute.findUniqueOrThrow({ where: { id: disputeId }, select: { status: true } });
    if (!isOpenDispute(current.status)) throw new AppError("INVALID_STATE", "This dispute is closed", { currentStatus: current.status });
    if (refundRef && payment) await recordPaymentRefund(tx, { paymentId: payment.id, refundRef, amount: refundAmount, actorId });
    await tx.dispute.update({
      where: { id: disputeId },
      data: { status: "RESOLVED", resolution: outcome, refundAmount, releasedAmount: dispute.paidAmount - refundAmount, resolvedById: actorId, resolvedAt: now, responseDueAt: null },
    });
    if (inTx) await inTx(tx);
    await tx.disputeProposal.updateMany({ where: { disputeId, status: "PENDING" }, data: { status: "WITHDRAWN", decidedAt: now } });
    await recordEvent(tx, { type: "dispute.resolved", actorId, entity: { type: "Dispute", id: disputeId }, data: { disputeId, outcome, refundAmount } });
  });
}
