import { db } from "../core/db";
import { releaseAuthorization } from "./release-authorization";

/**
 * THE void: an AUTHORIZED payment's authorization released in full at the processor, then the
 * payment CANCELED with `reason` (nothing was charged, nothing reaches the ledger). A bounty's
 * escrow also counts the whole authorization as returned to the poster (refundedAmount).
 */
export async function voidPayment({ paymentId, reason }: { paymentId: string; reason: string }): Promise<boolean> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { kind: true, bountyId: true, status: true, amount: true, processor: true, processorRef: true } });
  if (!payment || payment.status !== "AUTHORIZED" || !payment.processorRef) return false;
  const escrow = payment.kind === "BOUNTY_ESCROW" && payment.bountyId;
  await releaseAuthorization({ id: paymentId, processor: payment.processor, processorRef: payment.processorRef, escrowBountyId: escrow ? payment.bountyId : null });
  const { count } = await db.payment.updateMany({
    where: { id: paymentId, status: "AUTHORIZED" },
    data: { status: "CANCELED", failureCode: reason, ...(escrow ? { refundedAmount: payment.amount } : {}) },
  });
  return count === 1;
}
