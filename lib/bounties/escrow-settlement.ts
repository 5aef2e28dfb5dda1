import { db } from "../core/db";
import { logger } from "../core/logger";
import { capturePayment } from "../payments/capture-payment";
import { escrowPaymentId } from "../payments/escrow-keys";
import { refundHeldFunds } from "../payments/refund-held-funds";
import { transferPayment } from "../payments/transfer-payment";
import { voidPayment } from "../payments/void-payment";

export { chargebackOpen } from "../payments/escrow-balance";

/**
 * The bounty's side of the escrow: which money step its state calls for. Each step is the payments
 * API (capture, void, refund, transfer), which runs outside the bounty's transaction (no row lock
 * waits on the processor), is keyed by Hearth's ids, and is safe to repeat: the scheduler's
 * settleBountyEscrows runs it again for anything a crash or an outage left half-done.
 */

/** AUTHORIZED → captured at the processor, then CAPTURED with the money held (key escrow:<paymentId>). */
export async function captureEscrow({ bountyId, now = new Date() }: { bountyId: string; now?: Date }): Promise<boolean> {
  return capturePayment({ paymentId: escrowPaymentId(bountyId), now });
}

export type EscrowSettlement = "none" | "captured" | "voided" | "refunded" | "transferred";

/**
 * Brings the escrow in line with the bounty: assigned → captured; cancelled before capture →
 * voided; cancelled or completed with money still held → refunded; completed with money released →
 * the provider's share transferred (after the refund of a split, so the charge covers both). Idempotent.
 */
export async function settleBountyEscrow({ bountyId, now = new Date() }: { bountyId: string; now?: Date }): Promise<EscrowSettlement> {
  const bounty = await db.bounty.findUnique({ where: { id: bountyId }, select: { status: true, payment: { select: { status: true } } } });
  if (!bounty?.payment) return "none";
  const paymentId = escrowPaymentId(bountyId);
  const authorized = bounty.payment.status === "AUTHORIZED";
  if (authorized && bounty.status === "CANCELLED") {
    try {
      return (await voidPayment({ paymentId, reason: "BOUNTY_CANCELLED" })) ? "voided" : "none";
    } catch (error) {
      // The processor captured it after all (a capture whose recording was lost): record it, then refund below.
      logger.warn({ err: error, bountyId }, "voiding the bounty escrow failed; recording its capture to refund it instead");
      await capturePayment({ paymentId, now });
    }
  } else if (authorized) {
    await capturePayment({ paymentId, now });
  }
  if (bounty.status !== "CANCELLED" && bounty.status !== "COMPLETED") return authorized ? "captured" : "none";
  const refunded = await refundHeldFunds({ paymentId });
  const transferred = bounty.status === "COMPLETED" ? await transferPayment({ paymentId, now }) : 0;
  return refunded > 0 ? "refunded" : transferred > 0 ? "transferred" : "none";
}

/** Right after a transition commits: the bounty's own change stands even if the processor is down (the scheduler retries). */
export async function settleAfterCommit(bountyId: string, now?: Date): Promise<void> {
  try {
    await settleBountyEscrow({ bountyId, now });
  } catch (error) {
    logger.error({ err: error, bountyId }, "settling the bounty escrow failed; the scheduler will retry");
  }
}
