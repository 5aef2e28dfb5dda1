import type { Tx } from "../core/db";
import { refundHeld } from "../ledger/movements";
import { postLedgerTransaction } from "../ledger/post-ledger-transaction";
import { escrowBalance } from "./escrow-balance";

/**
 * The Payment-row half of a chargeback on a bounty's escrow (lib/bounties/chargeback.ts is the
 * bounty half and calls these after locking the bounty, the order every bounty transition takes
 * the two locks in). Each locks the payment for the rest of the caller's transaction.
 */

interface ChargebackOnPayment {
  paymentId: string;
  /** The processor's dispute id (Stripe dp_…). */
  disputeRef: string;
  reason: string | null;
  at: Date;
}

async function lockForChargeback(tx: Tx, paymentId: string) {
  await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
  return tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { currency: true, capturedAmount: true, refundedAmount: true, chargebackRef: true, chargebackClosedAt: true },
  });
}

/** Opened: the chargeback is recorded on the payment. Null when this chargeback was already recorded. */
export async function recordChargebackOpened(tx: Tx, { paymentId, disputeRef, reason, at }: ChargebackOnPayment): Promise<{ capturedAmount: number; currency: string } | null> {
  const payment = await lockForChargeback(tx, paymentId);
  if (payment.chargebackRef === disputeRef) return null;
  await tx.payment.update({
    where: { id: paymentId },
    data: { chargebackRef: disputeRef, chargebackReason: reason, chargebackOpenedAt: at, chargebackClosedAt: null, chargebackOutcome: null },
  });
  return { capturedAmount: payment.capturedAmount, currency: payment.currency };
}

/**
 * Closed: the bank's decision is recorded (a close that overtook its own opening records both).
 * Null when it was already closed, or is about another dispute. Lost: what the escrow still held
 * (up to the disputed amount) is recorded as returned to the payer, key chargeback:<paymentId>:<disputeRef>.
 */
export async function recordChargebackClosed(
  tx: Tx,
  { paymentId, disputeRef, reason, at, outcome, amount }: ChargebackOnPayment & { outcome: string; amount: number },
): Promise<{ returned: number } | null> {
  const payment = await lockForChargeback(tx, paymentId);
  if ((payment.chargebackRef && payment.chargebackRef !== disputeRef) || payment.chargebackClosedAt) return null;
  await tx.payment.update({
    where: { id: paymentId },
    data: { chargebackRef: disputeRef, chargebackReason: payment.chargebackRef ? undefined : reason, chargebackOpenedAt: payment.chargebackRef ? undefined : at, chargebackClosedAt: at, chargebackOutcome: outcome },
  });
  if (outcome !== "lost") return { returned: 0 };
  return { returned: await returnLostChargeback(tx, { paymentId, disputeRef, amount, payment }) };
}

async function returnLostChargeback(
  tx: Tx,
  { paymentId, disputeRef, amount, payment }: { paymentId: string; disputeRef: string; amount: number; payment: { currency: string; capturedAmount: number; refundedAmount: number } },
): Promise<number> {
  const { held } = await escrowBalance(tx, paymentId);
  const returned = Math.min(held, amount);
  if (returned <= 0) return 0;
  await postLedgerTransaction(tx, {
    key: `chargeback:${paymentId}:${disputeRef}`,
    kind: "chargeback",
    paymentId,
    description: "Bounty escrow returned to the poster by their bank (chargeback lost)",
    lines: refundHeld({ amount: returned, currency: payment.currency }),
  });
  const refunded = payment.refundedAmount + returned;
  await tx.payment.update({ where: { id: paymentId }, data: { refundedAmount: refunded, status: refunded >= payment.capturedAmount ? "REFUNDED" : "PARTIALLY_REFUNDED" } });
  return returned;
}
