import type Stripe from "stripe";
import { db } from "../../core/db";
import { AppError, isAppError } from "../../core/errors";
import { transactional } from "../../events/transactional";
import { createStripeClient, stripeConfigFromEnv } from "../stripe-processor";
import { applyStripeEvent } from "./apply-stripe-event";
import { fetchForEvent } from "./fetch-for-event";

export interface ProcessedStripeEvent {
  /** True when this event id was processed before: nothing was done this time. */
  duplicate: boolean;
}

/**
 * Exactly-once processing of one verified event. In ONE transaction the event id is inserted into
 * ProcessedWebhookEvent (ON CONFLICT DO NOTHING) and its effect applied: a redelivery, or a
 * parallel copy that waited on the id's unique index, inserts nothing and does nothing; an effect
 * that throws rolls the id back too, so Stripe's redelivery does the work.
 */
export async function processStripeEvent(event: Stripe.Event, options: { stripe?: Stripe } = {}): Promise<ProcessedStripeEvent> {
  // A cheap early answer for redeliveries, before any call to Stripe; the insert below is the real guard.
  const seen = await db.processedWebhookEvent.findUnique({ where: { id: event.id }, select: { id: true } });
  if (seen) return { duplicate: true };
  const fetched = await fetchForEvent(event, () => options.stripe ?? stripeFromEnv());
  return transactional(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "ProcessedWebhookEvent" ("id", "type") VALUES (${event.id}, ${event.type}) ON CONFLICT ("id") DO NOTHING`;
    if (inserted === 0) return { duplicate: true };
    await applyStripeEvent(tx, event, fetched).catch((error: unknown) => {
      // A use-case refusal inside an effect (say INVALID_STATE) is our failure, not Stripe's bad
      // request: it must surface as a 500 (and a log line) so the event is redelivered, not a 4xx.
      if (isAppError(error) && error.status < 500) throw new Error(`${event.type} ${event.id}: ${error.code} ${error.message}`, { cause: error });
      throw error;
    });
    return { duplicate: false };
  });
}

let cached: { key: string; client: Stripe } | undefined;

function stripeFromEnv(): Stripe {
  const config = stripeConfigFromEnv();
  // 503: Stripe keeps redelivering until the key is configured, and nothing is lost meanwhile.
  if (!config) throw new AppError("UNAVAILABLE", "STRIPE_SECRET_KEY is not set; cannot read this event's details from Stripe");
  const key = JSON.stringify(config);
  if (cached?.key !== key) cached = { key, client: createStripeClient(config) };
  return cached.client;
}
