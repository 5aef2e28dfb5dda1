import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { escrowKeys } from "./escrow-keys";
import { processorFor } from "./get-payment-processor";
import { processorKeys } from "./keys";
import { recordEscrowCapture } from "./record-escrow-capture";
import { captureFee, recordPaymentCapture } from "./record-payment-capture";

/**
 * THE capture: `amount` (≤ the authorization; all of it when omitted) of an AUTHORIZED payment,
 * the processor first (its idempotency key makes a retry harmless), then the record under the
 * payment's row lock. If the process dies in between, the settle job captures again with the same
 * key and records it then; the webhook may record it first, and then this records nothing.
 *
 * A booking's payment is a destination charge: the platform fee is kept at capture and the ledger
 * splits it (capture:<paymentId>). A bounty's escrow is charged on the platform with no fee, and
 * the ledger holds it (escrow:<paymentId>) until the work is approved.
 */
export async function capturePayment({ paymentId, amount, now = new Date() }: { paymentId: string; amount?: number; now?: Date }): Promise<boolean> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { kind: true, bountyId: true, status: true, amount: true, processor: true, processorRef: true } });
  if (!payment || payment.status !== "AUTHORIZED" || !payment.processorRef) return false;
  const captured = amount ?? payment.amount;
  const escrow = payment.kind === "BOUNTY_ESCROW" && payment.bountyId;
  await processorFor(payment.processor).capture({
    ref: payment.processorRef,
    amount: captured,
    applicationFee: escrow ? 0 : captureFee(captured),
    idempotencyKey: escrow ? escrowKeys.capture(payment.bountyId!) : processorKeys.capture(paymentId),
  });
  if (!escrow) return transactional((tx) => recordPaymentCapture(tx, { paymentId, amount: captured, now }));
  return transactional(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
    const current = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { id: true, status: true, currency: true } });
    return recordEscrowCapture(tx, current, { amount: captured, now });
  });
}
