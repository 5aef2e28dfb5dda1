import { db } from "../core/db";
import { env } from "../core/env";
import { getPaymentProcessor } from "./get-payment-processor";

/**
 * How the booking page takes a card: Stripe Elements (Stripe configured with a publishable key),
 * the test-mode card form (the embedded processor: documented test cards, no real money), or not
 * at all (Stripe without a publishable key: a configuration error, said plainly). Also whether the
 * provider can be paid yet, so the page says so before the customer types a card.
 */
export type CheckoutConfig =
  | { mode: "test-card"; acceptsPayments: boolean }
  | { mode: "stripe-elements"; publishableKey: string; acceptsPayments: boolean }
  | { mode: "unavailable"; acceptsPayments: boolean };

export async function getCheckoutConfig({ providerId }: { providerId: string }): Promise<CheckoutConfig> {
  const provider = await db.providerProfile.findUnique({ where: { id: providerId }, select: { payoutsEnabled: true } });
  const acceptsPayments = provider?.payoutsEnabled ?? false;
  if (getPaymentProcessor().name === "test-mode") return { mode: "test-card", acceptsPayments };
  if (env.STRIPE_PUBLISHABLE_KEY) return { mode: "stripe-elements", publishableKey: env.STRIPE_PUBLISHABLE_KEY, acceptsPayments };
  return { mode: "unavailable", acceptsPayments };
}
