import { db } from "../core/db";
import { logger } from "../core/logger";
import { transactional } from "../events/transactional";
import { chargebackOpen, escrowBalance } from "./escrow-balance";
import { escrowKeys, escrowTransferGroup } from "./escrow-keys";
import { ESCROW_SELECT } from "./escrow-select";
import { processorFor } from "./get-payment-processor";

/**
 * Transfer of an escrow after a release: the provider's share (released minus the platform fee)
 * goes from the escrow's charge to their connected account, once (key bounty:<id>:transfer, and Payment.transferRef
 * written only where it is still empty). Never while a chargeback is open, nor after one was
 * lost. A provider without a connected account cannot have been given a paid bounty (acceptOffer
 * refuses); should the account have gone, the transfer waits, logged, for support.
 */
export async function transferPayment({ paymentId, now = new Date() }: { paymentId: string; now?: Date }): Promise<number> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: ESCROW_SELECT });
  if (!payment?.processorRef || !payment.bountyId || payment.transferRef || chargebackOpen(payment)) return 0;
  // The bank took the money back for the poster: there is nothing left to pay the provider from.
  if (payment.chargebackOutcome === "lost") return 0;
  const { released } = await escrowBalance(db, paymentId);
  const amount = released - payment.platformFeeAmount;
  if (released <= 0 || amount <= 0) return 0;
  const bountyId = payment.bountyId;
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
