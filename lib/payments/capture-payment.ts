import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { processorFor } from "./get-payment-processor";
import { processorKeys } from "./keys";
import { captureFee, recordPaymentCapture } from "./record-payment-capture";

/**
 * Captures `amount` (≤ the authorization) of an AUTHORIZED payment: the processor first (its
 * idempotency key makes a retry harmless), then the record. If the process dies in between, the
 * settle job captures again with the same key and records it then.
 */
export async function capturePayment({ paymentId, amount, now = new Date() }: { paymentId: string; amount: number; now?: Date }): Promise<boolean> {
  const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true, processor: true, processorRef: true } });
  if (payment.status !== "AUTHORIZED" || !payment.processorRef) return false;
  await processorFor(payment.processor).capture({
    ref: payment.processorRef,
    amount,
    applicationFee: captureFee(amount),
    idempotencyKey: processorKeys.capture(paymentId),
  });
  return transactional((tx) => recordPaymentCapture(tx, { paymentId, amount, now }));
}

/** Releases an AUTHORIZED payment in full (nothing is charged, nothing reaches the ledger). */
export async function releaseAuthorization({ paymentId, reason }: { paymentId: string; reason: string }): Promise<boolean> {
  const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true, processor: true, processorRef: true } });
  if (payment.status !== "AUTHORIZED" || !payment.processorRef) return false;
  await processorFor(payment.processor).cancelAuthorization({ ref: payment.processorRef, idempotencyKey: processorKeys.cancel(paymentId) });
  const { count } = await db.payment.updateMany({ where: { id: paymentId, status: "AUTHORIZED" }, data: { status: "CANCELED", failureCode: reason } });
  return count === 1;
}
