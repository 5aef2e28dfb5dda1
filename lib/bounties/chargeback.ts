import type { Tx } from "../core/db";
import { closeBountyDisputeRecord, openBountyDisputeRecord } from "../disputes/bounty-dispute-record";
import { recordEvent } from "../events/record-event";
import { recordChargebackClosed, recordChargebackOpened } from "../payments/record-chargeback";
import { lockBounty } from "./lock-bounty";

/**
 * A card chargeback on a bounty's escrow, as the processor's webhook reports it (an in-transaction
 * reaction to payment.chargeback_opened / _closed, listed in lib/subscriptions.ts), inside the
 * webhook's transaction (the one that records the event id): the state change, its audit row and
 * its outbox event commit together with the id, or not at all.
 *
 * Opened: the money freezes. An assigned bounty goes to DISPUTED (the admin queue) with a reason
 * saying it is a bank chargeback; approval and the automatic release need AWAITING_APPROVAL, and
 * releaseEscrow and resolveDispute refuse while the chargeback is open, so nothing leaves the escrow.
 * Closed: won unfreezes it (support resolves the dispute as usual); lost means the bank returned
 * the money to the poster, so whatever the escrow still holds is recorded as returned and the bounty
 * is cancelled.
 *
 * Locks: the bounty first, then the payment (lib/payments/record-chargeback.ts), the order every
 * bounty transition takes them in.
 */

const REASONS: Record<string, string> = {
  fraudulent: "the cardholder says they did not make this payment",
  product_not_received: "the cardholder says the work was not done",
  product_unacceptable: "the cardholder says the work was not acceptable",
  duplicate: "the cardholder says they were charged twice",
  credit_not_processed: "the cardholder says a refund was promised but not made",
  subscription_canceled: "the cardholder says they cancelled",
  unrecognized: "the cardholder does not recognise the payment",
};

export function chargebackReasonText(reason: string | null | undefined): string {
  const why = (reason && REASONS[reason]) ?? (reason ? `reason given by the bank: ${reason.replace(/_/g, " ")}` : "no reason given by the bank");
  return `Bank chargeback: the poster's bank is contesting the card payment for this bounty (${why}). The money stays frozen until the chargeback is closed.`;
}

interface ChargebackFacts {
  bountyId: string;
  paymentId: string;
  /** The processor's dispute id (Stripe dp_…). */
  disputeRef: string;
  reason: string | null;
  at: Date;
}

/** charge.dispute.created on an escrow. False when this chargeback was already recorded (another event for it). */
export async function openEscrowChargeback(tx: Tx, facts: ChargebackFacts): Promise<boolean> {
  const { bountyId, paymentId, reason, at } = facts;
  const bounty = await lockBounty(tx, bountyId);
  const payment = await recordChargebackOpened(tx, facts);
  if (!payment) return false;
  if (bounty.status === "IN_PROGRESS" || bounty.status === "AWAITING_APPROVAL") {
    await tx.bounty.update({
      where: { id: bountyId },
      data: { status: "DISPUTED", disputedAt: at, disputeReason: chargebackReasonText(reason), disputeOpenedById: null, disputeByChargeback: true, autoReleaseAt: null, cancelRequestedById: null, cancelRequestReason: null },
    });
    await openBountyDisputeRecord(tx, { bountyId, openedById: null, respondentId: null, reason: chargebackReasonText(reason), paidAmount: payment.capturedAmount, currency: payment.currency, now: at });
    await recordEvent(tx, { type: "bounty.disputed", actorId: null, entity: { type: "Bounty", id: bountyId }, data: { bountyId } });
  }
  // Already disputed by a party: its Dispute goes to the admin queue. Settled: the bounty stays where it is.
  else if (bounty.status === "DISPUTED") await openBountyDisputeRecord(tx, { bountyId, openedById: null, respondentId: null, reason: chargebackReasonText(reason), paidAmount: payment.capturedAmount, currency: payment.currency, now: at });
  await recordEvent(tx, { type: "payment.disputed", actorId: null, entity: { type: "Payment", id: paymentId }, data: { paymentId } });
  return true;
}

/**
 * charge.dispute.closed on an escrow. A close that overtook its own opening records both (the
 * opening then finds it recorded). False when it was already closed, or is about another dispute.
 */
export async function closeEscrowChargeback(tx: Tx, facts: ChargebackFacts & { outcome: string; amount: number }): Promise<boolean> {
  const { bountyId, paymentId, at, outcome } = facts;
  const bounty = await lockBounty(tx, bountyId);
  const closed = await recordChargebackClosed(tx, facts);
  if (!closed) return false;
  await recordEvent(tx, { type: "payment.dispute_closed", actorId: null, entity: { type: "Payment", id: paymentId }, data: { paymentId, outcome } });
  if (outcome !== "lost") return true;

  // The bank took the money back for the poster: what the escrow still held has gone back to them.
  const returned = closed.returned;
  if (bounty.status === "DISPUTED" || bounty.status === "IN_PROGRESS" || bounty.status === "AWAITING_APPROVAL") {
    await tx.bounty.update({
      where: { id: bountyId },
      data: {
        status: "CANCELLED",
        cancelledAt: at,
        cancelledById: null,
        cancelReason: "The poster's bank decided the card chargeback in the poster's favour: the payment went back to their card.",
        disputeResolution: "chargeback_lost",
        autoReleaseAt: null,
      },
    });
    await closeBountyDisputeRecord(tx, { bountyId, resolution: "chargeback_lost", refundAmount: returned, releasedAmount: 0, resolvedById: null, now: at });
    await recordEvent(tx, { type: "bounty.cancelled", actorId: null, entity: { type: "Bounty", id: bountyId }, data: { bountyId, refundAmount: returned } });
  }
  return true;
}
