import { AppError } from "../core/errors";
import type { PaymentProcessor } from "./processor";
import { createStripeProcessor, stripeConfigFromEnv } from "./stripe-processor";
import { testModeProcessor } from "./test-mode-processor";

let stripe: PaymentProcessor | undefined;

/** Stripe when STRIPE_SECRET_KEY is set, otherwise the embedded test-mode processor (no real money). */
export function getPaymentProcessor(): PaymentProcessor {
  const config = stripeConfigFromEnv();
  if (!config) return testModeProcessor;
  stripe ??= createStripeProcessor(config);
  return stripe;
}

/**
 * The processor that holds a given payment (Payment.processor). A payment stays with the
 * processor that authorized it, even if the configuration changed since.
 */
export function processorFor(name: string): PaymentProcessor {
  if (name === testModeProcessor.name) return testModeProcessor;
  const current = getPaymentProcessor();
  if (current.name === name) return current;
  throw new AppError("UNAVAILABLE", `The ${name} payment processor is not configured on this server`);
}

/** Whether money shown in the UI is pretend money. */
export function isTestMode(processorName: string = getPaymentProcessor().name): boolean {
  return processorName === testModeProcessor.name;
}
