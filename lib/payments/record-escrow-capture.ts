import type { Tx } from "../core/db";
import { recordEvent } from "../events/record-event";
import { captureHeld } from "../ledger/movements";
import { postLedgerTransaction } from "../ledger/post-ledger-transaction";
import { escrowLedgerKeys } from "./escrow-keys";

/**
 * A bounty's escrow captured at the processor, recorded in the caller's transaction, which holds
 * the payment's row lock: AUTHORIZED → CAPTURED, captureHeld under `escrow:<paymentId>`,
 * payment.captured. Shared by capturePayment and the payment_intent.succeeded webhook: whichever
 * holds the lock first records it, the other finds it CAPTURED and changes nothing. The money is
 * held, not earned, until the work is approved.
 */
export async function recordEscrowCapture(tx: Tx, payment: { id: string; status: string; currency: string }, { amount, now }: { amount: number; now: Date }): Promise<boolean> {
  if (payment.status !== "AUTHORIZED") return false;
  const { id: paymentId, currency } = payment;
  await postLedgerTransaction(tx, { key: escrowLedgerKeys.hold(paymentId), kind: "capture", paymentId, description: "Bounty escrow funded", lines: captureHeld({ amount, currency }) });
  await tx.payment.update({ where: { id: paymentId }, data: { status: "CAPTURED", capturedAmount: amount, capturedAt: now } });
  await recordEvent(tx, { type: "payment.captured", actorId: null, entity: { type: "Payment", id: paymentId }, data: { paymentId, amount, currency } });
  payment.status = "CAPTURED";
  return true;
}
