import type Stripe from "stripe";
import type { Tx } from "../../../core/db";
import { AUTHORIZATION_VALIDITY_MS } from "../../authorization-window";
import { linkOf, lockPaymentFor, type LockedPayment } from "../lock-payment";
import { nextStatus, type ProcessorFact } from "../payment-transitions";
import { recordCaptureOf } from "./record-money";

const refsOf = (intent: Stripe.PaymentIntent) => ({ intentId: intent.id, paymentId: intent.metadata?.paymentId });

/** payment_intent.amount_capturable_updated: the card is authorized (e.g. after 3-D Secure, or off-session). */
export async function onIntentAuthorized(tx: Tx, intent: Stripe.PaymentIntent, at: Date): Promise<void> {
  if (intent.status !== "requires_capture") return;
  await transition(tx, intent, "authorized", { authorizedAt: at, authorizationExpiresAt: new Date(at.getTime() + AUTHORIZATION_VALIDITY_MS), failureCode: null, failureMessage: null });
}

/** payment_intent.payment_failed: declined or authentication failed before any authorization. */
export async function onIntentFailed(tx: Tx, intent: Stripe.PaymentIntent): Promise<void> {
  const error = intent.last_payment_error;
  await transition(tx, intent, "failed", {
    failureCode: error?.decline_code || error?.code || "payment_failed",
    failureMessage: error?.message || "The payment failed.",
  });
}

/** payment_intent.canceled: released by us, by the sweeper, or expired at Stripe. */
export async function onIntentCanceled(tx: Tx, intent: Stripe.PaymentIntent): Promise<void> {
  await transition(tx, intent, "canceled", {});
}

/**
 * payment_intent.succeeded: with manual capture this means captured, for amount_received. Recorded
 * by the same helper the synchronous capture uses, so whichever comes first records it once.
 */
export async function onIntentSucceeded(tx: Tx, intent: Stripe.PaymentIntent, at: Date): Promise<void> {
  if (intent.amount_received <= 0) return;
  const payment = await lockPaymentFor(tx, refsOf(intent));
  if (!payment) return;
  await claimRef(tx, payment, intent.id);
  await recordCaptureOf(tx, payment, { amount: intent.amount_received, now: at });
}

async function transition(tx: Tx, intent: Stripe.PaymentIntent, fact: ProcessorFact, data: Record<string, Date | string | null>) {
  const payment = await lockPaymentFor(tx, refsOf(intent));
  if (!payment) return;
  const status = nextStatus(payment.status, fact, linkOf(payment));
  if (!status) return;
  await tx.payment.update({ where: { id: payment.id }, data: { ...data, status, processorRef: intent.id } });
}

/** Found through metadata before our side stored the intent's id: store it now. */
async function claimRef(tx: Tx, payment: LockedPayment, intentId: string) {
  if (payment.processorRef) return;
  await tx.payment.update({ where: { id: payment.id }, data: { processorRef: intentId } });
  payment.processorRef = intentId;
}
