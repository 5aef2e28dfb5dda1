import { outcomeOfAuthorization, outcomeOfCardSetup, type AuthorizationOutcome } from "./authorization-outcome";
import { processorFor } from "./get-payment-processor";

/** The processor's view. A saved card whose processor cannot be asked is left to its webhook. */
export async function currentAuthorizationOutcome(payment: { processor: string; processorRef: string | null; setupIntentRef: string | null; bookingId: string | null }): Promise<AuthorizationOutcome | null> {
  const processor = processorFor(payment.processor);
  // An off-session authorization (booking already written) is on the PaymentIntent even if a card was saved first.
  if (payment.processorRef) return outcomeOfAuthorization(await processor.retrieveAuthorization(payment.processorRef));
  if (payment.setupIntentRef) {
    if (!processor.retrieveCardSetup) return null;
    return outcomeOfCardSetup(await processor.retrieveCardSetup(payment.setupIntentRef));
  }
  return null;
}
