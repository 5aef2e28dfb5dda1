import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { chargebackOpen, escrowBalance } from "./escrow-balance";
import { escrowKeys } from "./escrow-keys";
import { ESCROW_SELECT } from "./escrow-select";
import { processorFor } from "./get-payment-processor";
import { recordEscrowRefund } from "./record-escrow-refund";

/**
 * Refund of an escrow: whatever the ledger still holds for the payment goes back to the payer
 * (a finished bounty: cancelled, or completed by a split). Two runs at once read the same
 * balance and refund count, so they send the same processor key and amount: the processor answers both with one refund, the ledger records it once.
 */
export async function refundHeldFunds({ paymentId }: { paymentId: string }): Promise<number> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: ESCROW_SELECT });
  if (!payment?.processorRef || !payment.bountyId || (payment.status !== "CAPTURED" && payment.status !== "PARTIALLY_REFUNDED")) return 0;
  // A contested charge cannot be refunded; a refund the processor failed waits for support (retryEscrowRefund).
  if (chargebackOpen(payment) || payment.refundFailedAt) return 0;
  const { held, refundCount } = await escrowBalance(db, paymentId);
  if (held <= 0) return 0;
  const { refundRef } = await processorFor(payment.processor).refund({
    ref: payment.processorRef,
    amount: held,
    idempotencyKey: escrowKeys.refund(payment.bountyId, refundCount + 1),
    platformCharge: true,
  });
  await transactional((tx) => recordEscrowRefund(tx, { paymentId, refundRef, amount: held }));
  return held;
}
