import Stripe from "stripe";
import { env } from "../../core/env";
import { AppError } from "../../core/errors";
import type { Logger } from "../../core/logger";
import { processStripeEvent, type ProcessedStripeEvent } from "./process-stripe-event";

/** Stripe's own default: a signature older than five minutes is a replay, not a delivery. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Verifies the Stripe-Signature header over the exact raw body. Any mismatch (wrong secret,
 * altered body, stale timestamp, missing header) is a 400 and nothing is written.
 *
 * `secrets` is STRIPE_WEBHOOK_SECRET split on commas: Stripe signs each endpoint with its own
 * secret, and the platform's payment events and the connected accounts' account.updated come
 * from two endpoints (one "events on your account", one "events on connected accounts").
 */
export function verifyStripeWebhook({ rawBody, signature, secrets }: { rawBody: string; signature: string | null; secrets: string[] }): Stripe.Event {
  if (!signature) throw new AppError("BAD_REQUEST", "Missing Stripe-Signature header");
  let refusal = "no webhook secret matched";
  for (const secret of secrets) {
    try {
      return Stripe.webhooks.constructEvent(rawBody, signature, secret, SIGNATURE_TOLERANCE_SECONDS);
    } catch (error) {
      // Signed but unreadable (not JSON, a thin v2 notification): a redelivery would not read better.
      if (!(error instanceof Stripe.errors.StripeSignatureVerificationError)) throw new AppError("BAD_REQUEST", "Unreadable Stripe event");
      refusal = error.message;
    }
  }
  throw new AppError("BAD_REQUEST", `Invalid Stripe signature: ${refusal}`);
}

export const webhookSecrets = (value: string | undefined): string[] => (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);

/** The webhook use case: verify, then process exactly once. */
export async function handleStripeWebhook({ rawBody, signature, log }: { rawBody: string; signature: string | null; log: Logger }): Promise<ProcessedStripeEvent & { eventId: string; type: string }> {
  const secrets = webhookSecrets(env.STRIPE_WEBHOOK_SECRET);
  if (secrets.length === 0) throw new AppError("UNAVAILABLE", "Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET)");
  const event = verifyStripeWebhook({ rawBody, signature, secrets });
  const result = await processStripeEvent(event);
  log.info({ eventId: event.id, type: event.type, duplicate: result.duplicate }, "stripe webhook processed");
  return { ...result, eventId: event.id, type: event.type };
}
