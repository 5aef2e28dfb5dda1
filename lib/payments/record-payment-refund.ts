import type { Tx } from "../core/db";
import { AppError } from "../core/errors";
import { recordEvent } from "../events/record-event";
import { feeReversal, refundEarned } from "../ledger/movements";
import { postLedgerTransaction } from "../ledger/post-ledger-transaction";
import { ledgerKeys } from "./keys";

/**
 * Records one processor refund of captured money, in the caller's transaction: the ledger reversal
 * (key refund:<paymentId>:<refundRef>, the provider's share and the platform's fee pro rata), the
 * payment's refunded total and status, and payment.refunded. The charge.refunded webhook calls it
 * per refund with the same refundRef: whichever comes first records it, the other returns false.
 */
export async function recordPaymentRefund(
  tx: Tx,
  { paymentId, refundRef, amount, actorId = null }: { paymentId: string; refundRef: string; amount: number; actorId?: string | null },
): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
  const key = ledgerKeys.refund(paymentId, refundRef);
  if (await tx.ledgerTransaction.findUnique({ where: { key }, select: { id: true } })) return false;
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { status: true, amount: true, currency: true, providerId: true, capturedAmount: true, refundedAmount: true, platformFeeAmount: true },
  });
  if (payment.status !== "CAPTURED" && payment.status !== "PARTIALLY_REFUNDED") {
    throw new AppError("INVALID_STATE", "Only captured money can be refunded", { currentStatus: payment.status });
  }
  // refundedAmount also counts what was released uncaptured (amount − captured); only the rest was refunded.
  const refundedBefore = payment.refundedAmount - (payment.amount - payment.capturedAmount);
  const refundable = payment.capturedAmount - refundedBefore;
  if (!Number.isInteger(amount) || amount <= 0 || amount > refundable) {
    throw new AppError("VALIDATION_FAILED", `A refund must be between 1 and ${refundable}`, { refundable });
  }
  // Cumulative rounding, so several partial refunds never take back more fee than was charged.
  const fee = { captured: payment.capturedAmount, fee: payment.platformFeeAmount };
  const feeReversed = feeReversal({ ...fee, refund: refundedBefore + amount }) - feeReversal({ ...fee, refund: refundedBefore });
  await postLedgerTransaction(tx, {
    key,
    kind: "refund",
    paymentId,
    lines: refundEarned({ amount, currency: payment.currency, feeReversed, providerId: payment.providerId }),
  });
  await tx.payment.update({
    where: { id: paymentId },
    data: { refundedAmount: { increment: amount }, status: refundedBefore + amount >= payment.capturedAmount ? "REFUNDED" : "PARTIALLY_REFUNDED" },
  });
  await recordEvent(tx, { type: "payment.refunded", actorId, entity: { type: "Payment", id: paymentId }, data: { paymentId, amount, currency: payment.currency } });
  return true;
}
