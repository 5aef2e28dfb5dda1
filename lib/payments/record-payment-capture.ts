import type { Tx } from "../core/db";
import { env } from "../core/env";
import { recordEvent } from "../events/record-event";
import { captureEarned, platformFee } from "../ledger/movements";
import { postLedgerTransaction } from "../ledger/post-ledger-transaction";
import { ledgerKeys } from "./keys";

/** The platform's fee on a captured amount (the same rule for the processor call and the ledger). */
export const captureFee = (amount: number) => platformFee(amount, env.PLATFORM_FEE_BPS);

/**
 * Records a capture the processor made, in the caller's transaction: AUTHORIZED → CAPTURED, the
 * ledger split (key capture:<paymentId>) and payment.captured. Shared by the synchronous path and
 * the payment_intent.succeeded webhook: whichever comes first records it, the other changes
 * nothing (returns false). What was authorized but not captured was released to the customer
 * and counts as refunded on the payment (the ledger records only money that moved).
 */
export async function recordPaymentCapture(tx: Tx, { paymentId, amount, now = new Date() }: { paymentId: string; amount: number; now?: Date }): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
  const payment = await tx.payment.findUnique({
    where: { id: paymentId },
    select: { status: true, amount: true, currency: true, providerId: true },
  });
  if (!payment || payment.status !== "AUTHORIZED") return false;
  if (!Number.isInteger(amount) || amount <= 0 || amount > payment.amount) throw new Error(`Capture of ${amount} is outside 1..${payment.amount} for ${paymentId}`);
  const fee = captureFee(amount);
  await postLedgerTransaction(tx, {
    key: ledgerKeys.capture(paymentId),
    kind: "capture",
    paymentId,
    description: amount < payment.amount ? `Partial capture (${payment.amount - amount} released)` : "Capture",
    lines: captureEarned({ amount, currency: payment.currency, fee, providerId: payment.providerId }),
  });
  await tx.payment.update({
    where: { id: paymentId },
    data: { status: "CAPTURED", capturedAmount: amount, platformFeeAmount: fee, capturedAt: now, refundedAmount: payment.amount - amount },
  });
  await recordEvent(tx, {
    type: "payment.captured",
    actorId: null,
    entity: { type: "Payment", id: paymentId },
    data: { paymentId, amount, currency: payment.currency },
  });
  return true;
}
