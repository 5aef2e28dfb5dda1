import type { AuthorizationResult, CardSetupResult } from "./processor";

/** Where a booking's payment stands after a processor call: what finalize-booking-payment acts on. */
export type AuthorizationOutcome =
  | { status: "authorized"; ref: string }
  | { status: "card_saved"; setupRef: string; paymentMethodRef: string; customerRef?: string }
  | { status: "requires_action"; clientSecret: string | null }
  | { status: "failed"; code: string; message: string };

export function outcomeOfAuthorization(result: AuthorizationResult): AuthorizationOutcome {
  if (result.status === "authorized") return { status: "authorized", ref: result.ref };
  if (result.status === "requires_action") return { status: "requires_action", clientSecret: result.clientSecret ?? null };
  return { status: "failed", code: result.failureCode ?? "card_declined", message: result.failureMessage ?? "Your card was declined." };
}

export function outcomeOfCardSetup(result: CardSetupResult): AuthorizationOutcome {
  if (result.status === "succeeded" && result.paymentMethodRef) {
    return { status: "card_saved", setupRef: result.ref, paymentMethodRef: result.paymentMethodRef, customerRef: result.customerRef };
  }
  if (result.status === "requires_action") return { status: "requires_action", clientSecret: result.clientSecret ?? null };
  return { status: "failed", code: "card_not_saved", message: result.failureMessage ?? "Your card could not be saved." };
}
