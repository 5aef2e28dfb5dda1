import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { AppError, notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { paymentSelect, toPaymentDto } from "./dto";
import { processorKeys } from "./keys";
import { assertCanRefund } from "./policies";
import { recordPaymentRefund } from "./record-payment-refund";
import { refundCapturedMoney } from "./refund-captured-money";
import { RefundPaymentInput } from "./schemas";

/**
 * Hearth support refunds captured money (e.g. after a completed booking went wrong): all that is
 * left, or `amount`. The processor's idempotency key is the payment's n-th refund, so a retried or
 * doubled request refunds once; the ledger key is the processor's refund id.
 */
export async function refundPayment({ actor, ...input }: RefundPaymentInput & { actor: Actor }) {
  const { paymentId, amount } = parseInput(RefundPaymentInput, input);
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    select: { status: true, amount: true, refundedAmount: true, processor: true, processorRef: true, customerId: true, provider: { select: { userId: true } } },
  });
  if (!payment) throw notFound("Payment");
  assertCanRefund(actor, payment);
  if ((payment.status !== "CAPTURED" && payment.status !== "PARTIALLY_REFUNDED") || !payment.processorRef) {
    throw new AppError("INVALID_STATE", "Only captured money can be refunded; an authorization is released by cancelling the booking", { currentStatus: payment.status });
  }
  const refundable = payment.amount - payment.refundedAmount;
  const refund = amount ?? refundable;
  if (refund <= 0 || refund > refundable) throw new AppError("VALIDATION_FAILED", `A refund must be between 1 and ${refundable}`, { refundable });

  const n = (await db.ledgerTransaction.count({ where: { paymentId, kind: "refund" } })) + 1;
  const refundRef = await refundCapturedMoney({ processor: payment.processor, processorRef: payment.processorRef }, { amount: refund, idempotencyKey: processorKeys.refund(paymentId, n) });
  await transactional((tx) => recordPaymentRefund(tx, { paymentId, refundRef, amount: refund, actorId: actor.userId }));
  return toPaymentDto(await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: paymentSelect }));
}
