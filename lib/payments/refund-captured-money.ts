import { processorFor } from "./get-payment-processor";

/**
 * Captured money back to the card at the processor, once per `idempotencyKey`. Support refunds and
 * dispute settlements both come through here; each records the refund (`recordPaymentRefund`) in
 * its own transaction, beside its own state change, and returns the processor's refund id.
 */
export async function refundCapturedMoney(payment: { processor: string; processorRef: string }, { amount, idempotencyKey }: { amount: number; idempotencyKey: string }): Promise<string> {
  const { refundRef } = await processorFor(payment.processor).refund({ ref: payment.processorRef, amount, idempotencyKey });
  return refundRef;
}
