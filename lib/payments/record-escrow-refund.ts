import type { Tx } from "../core/db";
import { recordEvent } from "../events/record-event";
import { refundHeld } from "../ledger/movements";
import { postLedgerTransaction } from "../ledger/post-ledger-transaction";
import { escrowLedgerKeys } from "./escrow-keys";

/** Records one processor refund of escrow, once per refund id (the webhook records the same key). */
export async function recordEscrowRefund(tx: Tx, { paymentId, refundRef, amount }: { paymentId: string; refundRef: string; amount: number }): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { currency: true, capturedAmount: true, refundedAmount: true } });
  const posted = await postLedgerTransaction(tx, {
    key: escrowLedgerKeys.refund(paymentId, refundRef),
    kind: "refund",
    paymentId,
    description: "Bounty escrow refunded",
    lines: refundHeld({ amount, currency: payment.currency }),
  });
  if (!posted) return false;
  const refunded = payment.refundedAmount + amount;
  await tx.payment.update({ where: { id: paymentId }, data: { refundedAmount: refunded, status: refunded >= payment.capturedAmount ? "REFUNDED" : "PARTIALLY_REFUNDED" } });
  await recordEvent(tx, { type: "payment.refunded", actorId: null, entity: { type: "Payment", id: paymentId }, data: { paymentId, amount, currency: payment.currency } });
  return true;
}
