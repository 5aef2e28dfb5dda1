import Stripe from "stripe";
import { db } from "../../core/db";
import type { PaymentStatus } from "../../generated/prisma/enums";
import { makeBooking, makeCustomer, makeProvider } from "../../testing/factories";
import { uniqueToken } from "../../../prisma/seed/builders";

/** Stripe-shaped events and Hearth rows for the webhook tests; every id is fresh (tests may share a database). */

export const WEBHOOK_SECRET = "whsec_hearth_test_secret";

type Json = Record<string, unknown>;

/** `account`: the connected account an event is about (Connect endpoints: payouts, account.updated). */
export function stripeEvent(id: string, type: string, object: Json, created = Math.floor(Date.now() / 1000), { account }: { account?: string } = {}): string {
  return JSON.stringify({
    id,
    object: "event",
    ...(account ? { account } : {}),
    api_version: "2026-10-28.endive",
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  });
}

export const paymentIntent = (id: string, fields: Json): Json => ({
  id,
  object: "payment_intent",
  currency: "usd",
  amount_capturable: 0,
  amount_received: 0,
  application_fee_amount: null,
  last_payment_error: null,
  metadata: {},
  ...fields,
});

export const charge = (id: string, fields: Json): Json => ({ id, object: "charge", currency: "usd", refunded: false, metadata: {}, ...fields });

export const dispute = (id: string, paymentIntent: string, fields: Json = {}): Json => ({
  id,
  object: "dispute",
  amount: 18_000,
  currency: "usd",
  charge: `ch_${paymentIntent}`,
  payment_intent: paymentIntent,
  reason: "fraudulent",
  status: "needs_response",
  ...fields,
});

export const refund = (id: string, amount: number, status: string, created: number): Stripe.Refund =>
  ({ id, object: "refund", amount, currency: "usd", status, created }) as Stripe.Refund;

/** A webhook delivery as Stripe sends it: the raw JSON body and its Stripe-Signature header. */
export function signedDelivery(payload: string, { secret = WEBHOOK_SECRET, timestamp }: { secret?: string; timestamp?: number } = {}): Request {
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
  return new Request("http://localhost:3000/api/webhooks/stripe", {
    method: "POST",
    body: payload,
    headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": signature },
  });
}

/** One provider with a Connect account, one customer, and a fresh token for the processor ids. */
export async function webhookWorld() {
  const token = uniqueToken();
  const provider = await makeProvider({ payoutsEnabled: false });
  await db.providerProfile.update({ where: { id: provider.id }, data: { stripeAccountId: `acct_${token}` } });
  const customer = await makeCustomer();
  let day = 0;

  /** A confirmed booking on its own day (the exclusion constraint never sees two at once). */
  async function booking() {
    day += 1;
    const startsAt = new Date(Date.UTC(2031, 0, 1, 15) + day * 86_400_000);
    return makeBooking({ serviceId: provider.services[0].id, customerId: customer.id, startsAt, status: "CONFIRMED" });
  }

  /** A Stripe payment in `status`, with its booking unless `linked: false`. */
  async function payment(status: PaymentStatus, refs: { intent?: string; setup?: string; linked?: boolean; capturedAmount?: number; fee?: number } = {}) {
    const linkedBooking = refs.linked === false ? null : await booking();
    return db.payment.create({
      data: {
        customerId: customer.id,
        providerId: provider.id,
        bookingId: linkedBooking?.id,
        amount: linkedBooking?.priceAmount ?? 8500,
        currency: "USD",
        status,
        processor: "stripe",
        processorRef: refs.intent ?? null,
        setupIntentRef: refs.setup ?? null,
        capturedAmount: refs.capturedAmount ?? 0,
        platformFeeAmount: refs.fee ?? 0,
        pendingBooking: linkedBooking ? undefined : { serviceId: provider.services[0].id, start: "2031-06-01T15:00:00Z", notes: "", address: "" },
      },
      select: { id: true, bookingId: true, amount: true, status: true },
    });
  }

  return { token, provider, customer, accountId: `acct_${token}`, payment, booking };
}

/** A deterministic shuffle (mulberry32), so a failing order can be replayed from its seed. */
export function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
