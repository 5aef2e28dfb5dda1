import type { Tx } from "../../../core/db";
import { recordEscrowRefund } from "../../record-escrow-refund";
import { recordPaymentCapture } from "../../record-payment-capture";
import { recordPaymentRefund } from "../../record-payment-refund";
import type { LockedPayment } from "../lock-payment";
import { recordEscrowCapture } from "../../record-escrow-capture";

/**
 * Money movements learnt from Stripe go through the very helpers the synchronous paths use, so
 * both post under the same ledger keys and whichever arrives first records the movement once:
 * a booking's capture and refunds (lib/payments/record-payment-*.ts: `capture:<paymentId>`,
 * `refund:<paymentId>:<refundId>`), a bounty's escrow (`escrow:<paymentId>`, and the same refund key).
 */
export async function recordCaptureOf(tx: Tx, payment: LockedPayment, { amount, now }: { amount: number; now: Date }): Promise<void> {
  const recorded = payment.bountyId
    ? await recordEscrowCapture(tx, payment, { amount, now })
    : await recordPaymentCapture(tx, { paymentId: payment.id, amount, now });
  if (recorded) payment.status = "CAPTURED";
}

export async function recordRefundOf(tx: Tx, payment: LockedPayment, { refundRef, amount }: { refundRef: string; amount: number }): Promise<void> {
  if (payment.bountyId) await recordEscrowRefund(tx, { paymentId: payment.id, refundRef, amount });
  else await recordPaymentRefund(tx, { paymentId: payment.id, refundRef, amount });
}
