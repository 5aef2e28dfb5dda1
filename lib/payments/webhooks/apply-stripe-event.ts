import type Stripe from "stripe";
import type { Tx } from "../../core/db";
import { onAccountUpdated, onSetupIntentSucceeded } from "./effects/account-and-setup";
import { onChargeRefunded, onDisputeClosed, onDisputeCreated } from "./effects/charge";
import { onIntentAuthorized, onIntentCanceled, onIntentFailed, onIntentSucceeded } from "./effects/payment-intent";
import { onPayout } from "./effects/payout";
import { onRefundFailed } from "./effects/refund-failed";
import type { FetchedForEvent } from "./fetch-for-event";

/** The event types Hearth acts on; the webhook endpoint in Stripe's dashboard enables exactly these. */
export const HANDLED_STRIPE_EVENTS = [
  "payment_intent.succeeded",
  "payment_intent.payment_failed",
  "payment_intent.canceled",
  "payment_intent.amount_capturable_updated",
  "charge.refunded",
  "charge.dispute.created",
  "charge.dispute.closed",
  "refund.failed",
  "account.updated",
  "setup_intent.succeeded",
  "payout.paid",
  "payout.failed",
] as const;

/**
 * Applies one verified event inside the caller's transaction (which has just recorded the event's
 * id). Anything thrown rolls the whole thing back, and the route answers 500 so Stripe redelivers.
 * Types Hearth does not handle are recorded and otherwise ignored.
 */
export async function applyStripeEvent(tx: Tx, event: Stripe.Event, fetched: FetchedForEvent): Promise<void> {
  const at = new Date(event.created * 1000);
  switch (event.type) {
    case "payment_intent.amount_capturable_updated":
      return onIntentAuthorized(tx, event.data.object, at);
    case "payment_intent.succeeded":
      return onIntentSucceeded(tx, event.data.object, at);
    case "payment_intent.payment_failed":
      return onIntentFailed(tx, event.data.object);
    case "payment_intent.canceled":
      return onIntentCanceled(tx, event.data.object);
    case "charge.refunded":
      return onChargeRefunded(tx, event.data.object, fetched.refunds, at);
    case "charge.dispute.created":
      return onDisputeCreated(tx, event.data.object, at);
    case "charge.dispute.closed":
      return onDisputeClosed(tx, event.data.object, at);
    case "refund.failed":
      return onRefundFailed(tx, event.data.object, at);
    case "payout.paid":
      return onPayout(tx, event.data.object, event.account, "paid", at);
    case "payout.failed":
      return onPayout(tx, event.data.object, event.account, "failed", at);
    case "account.updated":
      return onAccountUpdated(tx, event.data.object, fetched.account);
    case "setup_intent.succeeded":
      return onSetupIntentSucceeded(tx, event.data.object);
    default:
      return;
  }
}
