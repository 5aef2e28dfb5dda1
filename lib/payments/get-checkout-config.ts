import { db } from "../core/db";
import { env } from "../core/env";
import { getPaymentProcessor } from "./get-payment-processor";

/**
 * How the booking page takes a card: Stripe Elements (Stripe configured with a publishable key),
 * the test-mode card form (the embedded processor: documented test cards, no real money), or not
 * at all (Stripe without a publishable key: a configuration error, said plainly). Also whether the
 * provider can be paid yet, so the page says so before the customer types a card.
 */
export type CheckoutConfig = CheckoutCommon &
  ({ mode: "test-card" } | { mode: "stripe-elements"; publishableKey: string } | { mode: "unavailable" });

interface CheckoutCommon {
  acceptsPayments: boolean;
  /** How long after a booking's end its payment may be captured, so the page can say when the card is charged (authorizationCoversCapture). */
  completionWindowMs: number;
}

export async function getCheckoutConfig({ providerId }: { providerId: string }): Promise<CheckoutConfig> {
  const provider = await db.providerProfile.findUnique({ where: { id: providerId }, select: { payoutsEnabled: true } });
  const common = { acceptsPayments: provider?.payoutsEnabled ?? false, completionWindowMs: env.BOOKING_AUTO_COMPLETE_HOURS * 3_600_000 };
  if (getPaymentProcessor().name === "test-mode") return { ...common, mode: "test-card" };
  if (env.STRIPE_PUBLISHABLE_KEY) return { ...common, mode: "stripe-elements", publishableKey: env.STRIPE_PUBLISHABLE_KEY };
  return { ...common, mode: "unavailable" };
}
