import type Stripe from "stripe";
import { db } from "../../core/db";
import type { AccountStatus } from "../account-status";

/** What an effect needs from Stripe beyond the event, fetched before the transaction opens. */
export interface FetchedForEvent {
  refunds?: Stripe.Refund[];
  account?: AccountStatus;
}

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/**
 * The network half, outside any transaction, so that no row lock waits on Stripe. Only for
 * objects Hearth knows: an event about someone else's charge or account costs no call (and
 * cannot fail on one). If the object became Hearth's in between, the effect finds nothing
 * fetched, throws, and Stripe's redelivery fetches it.
 */
export async function fetchForEvent(event: Stripe.Event, stripe: () => Stripe): Promise<FetchedForEvent> {
  switch (event.type) {
    case "charge.refunded": {
      const intentId = idOf(event.data.object.payment_intent);
      const known = intentId && (await db.payment.findUnique({ where: { processorRef: intentId }, select: { id: true } }));
      if (!known) return {};
      const refunds = await stripe().refunds.list({ charge: event.data.object.id, limit: 100 }).autoPagingToArray({ limit: 10_000 });
      return { refunds };
    }
    case "account.updated": {
      const known = await db.providerProfile.findUnique({ where: { stripeAccountId: event.data.object.id }, select: { id: true } });
      if (!known) return {};
      const account = await stripe().accounts.retrieve(event.data.object.id);
      return { account: { detailsSubmitted: account.details_submitted ?? false, payoutsEnabled: account.payouts_enabled ?? false } };
    }
    default:
      return {};
  }
}
