import type Stripe from "stripe";
import type { Tx } from "../../../core/db";
import { isAppError } from "../../../core/errors";
import { recordEvent } from "../../../events/record-event";
import { postLedgerTransaction } from "../../../ledger/post-ledger-transaction";
import { ledgerKeys } from "../../keys";
import { lockPaymentFor, type LockedPayment } from "../lock-payment";
import { recordRefundOf } from "./record-money";

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/**
 * refund.failed: the processor could not return the money (a closed card, say), so it is back in
 * Hearth's hands. The refund's ledger posting is reversed under `refund_failed:<paymentId>:<re_…>`
 * (the exact lines, negated: a booking's provider share and fee come back, a bounty's escrow is
 * held again), the payment's refunded total and status step back, and it is marked
 * (refundFailedAt) for support, who hear of it through payment.refund_failed. Nothing retries it
 * by itself: the same card would fail again. A bounty's escrow is retried from the dispute queue
 * (retryEscrowRefund), a booking's payment refunded again by support (POST /api/payments/{id}/refund).
 *
 * A refund that failed before anyone recorded it is recorded first, through the same helper and
 * key as the synchronous path, and reversed at once: the synchronous path's late record of it
 * then finds the key taken and changes nothing.
 */
export async function onRefundFailed(tx: Tx, refund: Stripe.Refund, at: Date): Promise<void> {
  const payment = await lockPaymentFor(tx, { intentId: idOf(refund.payment_intent) });
  if (!payment) return;
  const key = ledgerKeys.refund(payment.id, refund.id);
  const reversalKey = `refund_failed:${payment.id}:${refund.id}`;
  if (await tx.ledgerTransaction.findUnique({ where: { key: reversalKey }, select: { id: true } })) return;
  if (!(await tx.ledgerTransaction.findUnique({ where: { key }, select: { id: true } }))) await recordUnrecorded(tx, payment, refund);

  const original = await tx.ledgerTransaction.findUnique({ where: { key }, select: { entries: { select: { account: true, amount: true, currency: true } } } });
  let reversed = 0;
  if (original) {
    await postLedgerTransaction(tx, {
      key: reversalKey,
      kind: "refund_reversal",
      paymentId: payment.id,
      description: `Refund ${refund.id} failed at the processor`,
      lines: original.entries.map((e) => ({ account: e.account, amount: -e.amount, currency: e.currency })),
    });
    reversed = refund.amount;
  } else if ((await tx.payment.findUniqueOrThrow({ where: { id: payment.id }, select: { refundFailureRef: true } })).refundFailureRef === refund.id) {
    return; // Recorded as failed before, with nothing to reverse.
  }

  const current = await tx.payment.findUniqueOrThrow({ where: { id: payment.id }, select: { amount: true, capturedAmount: true, refundedAmount: true, currency: true } });
  const refundedAmount = current.refundedAmount - reversed;
  // refundedAmount also counts what was released uncaptured (amount − captured); only the rest came back from the card.
  const refundedCaptured = refundedAmount - (current.amount - current.capturedAmount);
  await tx.payment.update({
    where: { id: payment.id },
    data: {
      refundedAmount,
      ...(reversed > 0 ? { status: refundedCaptured > 0 ? "PARTIALLY_REFUNDED" : "CAPTURED" } : {}),
      refundFailedAt: at,
      refundFailureRef: refund.id,
      refundFailureReason: refund.failure_reason ?? null,
    },
  });
  await recordEvent(tx, {
    type: "payment.refund_failed",
    actorId: null,
    entity: { type: "Payment", id: payment.id },
    data: { paymentId: payment.id, refundRef: refund.id, amount: refund.amount, currency: current.currency, reason: refund.failure_reason ?? null },
  });
}

/** Posts the refund so it can be reversed; a payment that no longer takes it (already refunded in full otherwise) is left as it is. */
async function recordUnrecorded(tx: Tx, payment: LockedPayment, refund: Stripe.Refund): Promise<void> {
  try {
    await recordRefundOf(tx, payment, { refundRef: refund.id, amount: refund.amount });
  } catch (error) {
    // A use case's refusal is thrown before it writes anything, so the transaction is still good.
    if (!isAppError(error)) throw error;
  }
}
