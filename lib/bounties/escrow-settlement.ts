import { db, type Tx } from "../core/db";
import { logger } from "../core/logger";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { captureHeld, refundHeld } from "../ledger/movements";
import { postLedgerTransaction } from "../ledger/post-ledger-transaction";
import { processorFor } from "../payments/get-payment-processor";
import { escrowBalance, escrowKeys, escrowLedgerKeys, escrowPaymentId, escrowTransferGroup } from "./escrow";

/**
 * The processor half of the escrow: capturing after an accept, voiding or refunding after a
 * cancellation or a dispute, transferring the provider's share after a release. Each step runs outside the bounty's transaction (no row lock waits on
 * the processor), is keyed by Hearth's ids, and is safe to repeat: the scheduler's
 * settleBountyEscrows runs it again for anything a crash or an outage left half-done.
 */

const ESCROW_SELECT = {
  id: true,
  bountyId: true,
  status: true,
  amount: true,
  currency: true,
  processor: true,
  processorRef: true,
  capturedAmount: true,
  refundedAmount: true,
  platformFeeAmount: true,
  transferRef: true,
  chargebackOpenedAt: true,
  chargebackClosedAt: true,
  chargebackOutcome: true,
  refundFailedAt: true,
  provider: { select: { stripeAccountId: true } },
} as const;

/** The bank is contesting the charge: nothing leaves the escrow until the chargeback closes. */
export const chargebackOpen = (payment: { chargebackOpenedAt: Date | null; chargebackClosedAt: Date | null }) =>
  payment.chargebackOpenedAt !== null && payment.chargebackClosedAt === null;

/** AUTHORIZED → captured at the processor, then CAPTURED with the money held (key escrow:<paymentId>). */
export async function captureEscrow({ bountyId, now = new Date() }: { bountyId: string; now?: Date }): Promise<boolean> {
  const paymentId = escrowPaymentId(bountyId);
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: ESCROW_SELECT });
  if (!payment || payment.status !== "AUTHORIZED" || !payment.processorRef) return false;
  await processorFor(payment.processor).capture({ ref: payment.processorRef, amount: payment.amount, applicationFee: 0, idempotencyKey: escrowKeys.capture(bountyId) });
  return transactional(async (tx) => {
    // The processor's payment_intent.succeeded webhook may have recorded it first: status decides, under the lock.
    await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
    const current = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true } });
    if (current.status !== "AUTHORIZED") return false;
    await postLedgerTransaction(tx, { key: escrowLedgerKeys.hold(paymentId), kind: "capture", paymentId, description: "Bounty escrow funded", lines: captureHeld(payment) });
    await tx.payment.update({ where: { id: paymentId }, data: { status: "CAPTURED", capturedAmount: payment.amount, capturedAt: now } });
    await recordEvent(tx, { type: "payment.captured", actorId: null, entity: { type: "Payment", id: paymentId }, data: { paymentId, amount: payment.amount, currency: payment.currency } });
    return true;
  });
}

/** An accepted bounty cancelled before its escrow was captured: the authorization is released, nothing was charged. */
async function voidEscrow(bountyId: string): Promise<boolean> {
  const paymentId = escrowPaymentId(bountyId);
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: ESCROW_SELECT });
  if (!payment || payment.status !== "AUTHORIZED" || !payment.processorRef) return false;
  await processorFor(payment.processor).cancelAuthorization({ ref: payment.processorRef, idempotencyKey: escrowKeys.void(bountyId) });
  const { count } = await db.payment.updateMany({ where: { id: paymentId, status: "AUTHORIZED" }, data: { status: "CANCELED", refundedAmount: payment.amount, failureCode: "BOUNTY_CANCELLED" } });
  return count === 1;
}

/** Records one processor refund of escrow, once per refund id (the webhook records the same key). */
export async function recordEscrowRefund(tx: Tx, { paymentId, refundRef, amount }: { paymentId: string; refundRef: string; amount: number }): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { currency: true, capturedAmount: true, refundedAmount: true } });
  const posted = await postLedgerTransaction(tx, {
    key: escrowLedgerKeys.refund(paymentId, refundRef),
    kind: "refund",
    paymentId,
    description: "Bounty escrow refunded",
    lines: refundHeld({ amount, currency: payment.currency }),
  });
  if (!posted) return false;
  const refunded = payment.refundedAmount + amount;
  await tx.payment.update({ where: { id: paymentId }, data: { refundedAmount: refunded, status: refunded >= payment.capturedAmount ? "REFUNDED" : "PARTIALLY_REFUNDED" } });
  await recordEvent(tx, { type: "payment.refunded", actorId: null, entity: { type: "Payment", id: paymentId }, data: { paymentId, amount, currency: payment.currency } });
  return true;
}

/**
 * A finished bounty (cancelled, or completed by a split) gives back whatever the ledger still
 * holds for it. Two runs at once read the same balance and refund count, so they send the same
 * processor key and amount: the processor answers both with one refund, the ledger records it once.
 */
async function refundEscrowRemainder(bountyId: string): Promise<number> {
  const paymentId = escrowPaymentId(bountyId);
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: ESCROW_SELECT });
  if (!payment?.processorRef || (payment.status !== "CAPTURED" && payment.status !== "PARTIALLY_REFUNDED")) return 0;
  // A contested charge cannot be refunded; a refund the processor failed waits for support (retryEscrowRefund).
  if (chargebackOpen(payment) || payment.refundFailedAt) return 0;
  const { held, refundCount } = await escrowBalance(db, paymentId);
  if (held <= 0) return 0;
  const { refundRef } = await processorFor(payment.processor).refund({
    ref: payment.processorRef,
    amount: held,
    idempotencyKey: escrowKeys.refund(bountyId, refundCount + 1),
    platformCharge: true,
  });
  await transactional((tx) => recordEscrowRefund(tx, { paymentId, refundRef, amount: held }));
  return held;
}

/**
 * After a release: the provider's share (released minus the platform fee) goes from the escrow's
 * charge to their connected account, once (key bounty:<id>:transfer, and Payment.transferRef
 * written only where it is still empty). Never while a chargeback is open, nor after one was
 * lost. A provider without a connected account cannot have been given a paid bounty (acceptOffer
 * refuses); should the account have gone, the transfer waits, logged, for support.
 */
async function transferRelease(bountyId: string, now: Date): Promise<number> {
  const paymentId = escrowPaymentId(bountyId);
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: ESCROW_SELECT });
  if (!payment?.processorRef || payment.transferRef || chargebackOpen(payment)) return 0;
  // The bank took the money back for the poster: there is nothing left to pay the provider from.
  if (payment.chargebackOutcome === "lost") return 0;
  const { released } = await escrowBalance(db, paymentId);
  const amount = released - payment.platformFeeAmount;
  if (released <= 0 || amount <= 0) return 0;
  const destination = payment.provider.stripeAccountId;
  if (!destination) {
    logger.error({ bountyId, paymentId }, "the released bounty escrow has no connected account to go to; support must pay the provider");
    return 0;
  }
  const { transferRef } = await processorFor(payment.processor).transfer({
    amount,
    currency: payment.currency,
    destinationAccount: destination,
    sourceRef: payment.processorRef,
    transferGroup: escrowTransferGroup(bountyId),
    metadata: { paymentId, bountyId },
    idempotencyKey: escrowKeys.transfer(bountyId),
  });
  return transactional(async (tx) => {
    const { count } = await tx.payment.updateMany({ where: { id: paymentId, transferRef: null }, data: { transferRef, transferredAmount: amount, transferredAt: now } });
    if (count === 0) return 0;
    // A processor-side fact, not a domain event: the provider already heard of the release (bounty.released).
    await tx.auditLog.create({
      data: { actorId: null, action: "payment.transferred", entityType: "Payment", entityId: paymentId, data: { paymentId, bountyId, transferRef, amount, currency: payment.currency, destination } },
    });
    return amount;
  });
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
  const authorized = bounty.payment.status === "AUTHORIZED";
  if (authorized && bounty.status === "CANCELLED") {
    try {
      return (await voidEscrow(bountyId)) ? "voided" : "none";
    } catch (error) {
      // The processor captured it after all (a capture whose recording was lost): record it, then refund below.
      logger.warn({ err: error, bountyId }, "voiding the bounty escrow failed; recording its capture to refund it instead");
      await captureEscrow({ bountyId, now });
    }
  } else if (authorized) {
    await captureEscrow({ bountyId, now });
  }
  if (bounty.status !== "CANCELLED" && bounty.status !== "COMPLETED") return authorized ? "captured" : "none";
  const refunded = await refundEscrowRemainder(bountyId);
  const transferred = bounty.status === "COMPLETED" ? await transferRelease(bountyId, now) : 0;
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
