import type Stripe from "stripe";
import type { Tx } from "../../../core/db";
import { dispatchInTransaction } from "../../../events/in-transaction";
import { recordEvent } from "../../../events/record-event";
import { findPaymentFor, lockPaymentFor } from "../lock-payment";
import { recordCaptureOf, recordRefundOf } from "./record-money";

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/** Refunds that return (or will return) money; failed and canceled ones moved nothing. */
const MOVES_MONEY = new Set(["succeeded", "pending"]);

/**
 * charge.refunded: every refund of the charge (fetched from Stripe before the transaction, since
 * the event's charge no longer embeds them) is recorded under `refund:<paymentId>:<refundId>`,
 * the key the synchronous refund uses too. A refund implies a capture, so a charge.refunded that
 * overtakes payment_intent.succeeded records the capture first; the ledger stays in order.
 */
export async function onChargeRefunded(tx: Tx, charge: Stripe.Charge, refunds: Stripe.Refund[] | undefined, at: Date): Promise<void> {
  const payment = await lockPaymentFor(tx, { intentId: idOf(charge.payment_intent) });
  if (!payment) return;
  if (!refunds) throw new Error(`Refunds of ${charge.id} were not fetched; the redelivery will`);
  if (charge.amount_captured > 0) await recordCaptureOf(tx, payment, { amount: charge.amount_captured, now: at });
  const ordered = refunds.filter((r) => MOVES_MONEY.has(r.status ?? "")).sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
  for (const refund of ordered) await recordRefundOf(tx, payment, { refundRef: refund.id, amount: refund.amount });
}

/**
 * charge.dispute.created: the customer's bank is contesting the charge. A bounty's escrow freezes
 * (escrow.chargeback_opened, dispatched in this transaction; lib/bounties/chargeback.ts reacts: the
 * bounty goes to the dispute queue, nothing is released). A
 * booking is marked so that auto-complete leaves it to a person, and payment.disputed tells the
 * people involved; a repeated dispute event for an already disputed booking says nothing new.
 */
export async function onDisputeCreated(tx: Tx, dispute: Stripe.Dispute, at: Date): Promise<void> {
  const refs = { intentId: idOf(dispute.payment_intent) };
  const found = await findPaymentFor(tx, refs);
  if (!found) return;
  if (found.bountyId) {
    await dispatchInTransaction(tx, { type: "escrow.chargeback_opened", data: { bountyId: found.bountyId, paymentId: found.id, disputeRef: dispute.id, reason: dispute.reason ?? null, at } });
    return;
  }
  const payment = await lockPaymentFor(tx, refs);
  if (!payment) return;
  await tx.payment.updateMany({
    where: { id: payment.id, OR: [{ chargebackRef: null }, { chargebackRef: { not: dispute.id } }] },
    data: { chargebackRef: dispute.id, chargebackReason: dispute.reason ?? null, chargebackOpenedAt: at, chargebackClosedAt: null, chargebackOutcome: null },
  });
  if (payment.bookingId) {
    const marked = await tx.booking.updateMany({ where: { id: payment.bookingId, disputedAt: null }, data: { disputedAt: at } });
    if (marked.count === 0) return;
  }
  await recordEvent(tx, { type: "payment.disputed", actorId: null, entity: { type: "Payment", id: payment.id }, data: { paymentId: payment.id } });
}

/**
 * charge.dispute.closed: the bank decided. For a bounty's escrow, won unfreezes it and lost returns
 * what it still holds to the poster (escrow.chargeback_closed, in this transaction); a booking's payment records the
 * outcome for support. Once per dispute, whatever the redeliveries.
 */
export async function onDisputeClosed(tx: Tx, dispute: Stripe.Dispute, at: Date): Promise<void> {
  const refs = { intentId: idOf(dispute.payment_intent) };
  const found = await findPaymentFor(tx, refs);
  if (!found) return;
  const facts = { paymentId: found.id, disputeRef: dispute.id, reason: dispute.reason ?? null, at, outcome: dispute.status, amount: dispute.amount };
  if (found.bountyId) {
    await dispatchInTransaction(tx, { type: "escrow.chargeback_closed", data: { ...facts, bountyId: found.bountyId } });
    return;
  }
  const payment = await lockPaymentFor(tx, refs);
  if (!payment) return;
  const { count } = await tx.payment.updateMany({
    where: { id: payment.id, chargebackClosedAt: null, OR: [{ chargebackRef: null }, { chargebackRef: dispute.id }] },
    data: { chargebackRef: dispute.id, chargebackClosedAt: at, chargebackOutcome: dispute.status },
  });
  if (count === 1) await recordEvent(tx, { type: "payment.dispute_closed", actorId: null, entity: { type: "Payment", id: payment.id }, data: { paymentId: payment.id, outcome: dispute.status } });
}
