import { env } from "../core/env";
import { getPaymentProcessor } from "../payments/get-payment-processor";

/**
 * How the poster's browser collects the escrow's card, the booking form's way: Stripe Elements
 * (Stripe with a publishable key: the browser sends a PaymentMethod id), the test-mode card field
 * (the embedded processor: a test card number), or not at all (Stripe without a publishable key:
 * a configuration error, said plainly).
 */
export type EscrowCardForm = { mode: "test-card" } | { mode: "stripe-elements"; publishableKey: string } | { mode: "unavailable" };

export function escrowCardForm(): EscrowCardForm {
  if (getPaymentProcessor().name === "test-mode") return { mode: "test-card" };
  if (env.STRIPE_PUBLISHABLE_KEY) return { mode: "stripe-elements", publishableKey: env.STRIPE_PUBLISHABLE_KEY };
  return { mode: "unavailable" };
}
