/**
 * What Hearth needs from a card processor. Two implementations: Stripe (STRIPE_SECRET_KEY set)
 * and the built-in test-mode processor (the embedded default). Every call that creates or moves
 * money takes an idempotency key derived from Hearth's own ids.
 */
export type AuthorizationStatus = "authorized" | "requires_action" | "failed";

export interface AuthorizationResult {
  ref: string;
  status: AuthorizationStatus;
  /** For the browser to finish an authentication step. */
  clientSecret?: string;
  failureCode?: string;
  failureMessage?: string;
}

export interface AuthorizeOptions {
  amount: number;
  currency: string;
  /** A card token from the browser (test mode: the card number; Stripe: a PaymentMethod id). */
  paymentMethod: string;
  customerRef?: string;
  /** The provider's connected account that receives the payment (Stripe Connect). */
  destinationAccount?: string;
  /** Charge a saved card without the customer present (the 48 h pre-authorization). */
  offSession?: boolean;
  description?: string;
  metadata: Record<string, string>;
  idempotencyKey: string;
}

export interface CardSetupResult {
  ref: string;
  status: "succeeded" | "requires_action" | "failed";
  paymentMethodRef?: string;
  customerRef?: string;
  clientSecret?: string;
  failureMessage?: string;
}

export interface PaymentProcessor {
  readonly name: "stripe" | "test-mode";
  /** Creates and confirms a manual-capture authorization. */
  authorize(options: AuthorizeOptions): Promise<AuthorizationResult>;
  /** The authorization's state after an authentication step or a webhook. */
  retrieveAuthorization(ref: string): Promise<AuthorizationResult>;
  /** Captures `amount` (≤ authorized); the rest of the authorization is released. */
  capture(options: { ref: string; amount: number; applicationFee: number; idempotencyKey: string }): Promise<void>;
  /** Releases an authorization that will not be captured. */
  cancelAuthorization(options: { ref: string; idempotencyKey: string }): Promise<void>;
  /** Refunds captured money; with Connect the transfer and the fee are reversed pro rata. */
  refund(options: { ref: string; amount: number; idempotencyKey: string }): Promise<{ refundRef: string }>;
  /**
   * The state of a card-saving step after an authentication step (optional: without it, the
   * processor's webhook finishes a saved card that needed authentication).
   */
  retrieveCardSetup?(ref: string): Promise<CardSetupResult>;
  /** Saves a card for a later off-session authorization. */
  saveCard(options: { paymentMethod: string; customerRef?: string; metadata: Record<string, string>; idempotencyKey: string }): Promise<{
    ref: string;
    status: "succeeded" | "requires_action" | "failed";
    paymentMethodRef?: string;
    customerRef?: string;
    clientSecret?: string;
    failureMessage?: string;
  }>;
  /** Creates the provider's payout account (Stripe Connect Express). */
  createConnectedAccount(options: { email: string; country: string; idempotencyKey: string; metadata: Record<string, string> }): Promise<{ accountRef: string }>;
  /** A link where the provider finishes onboarding. */
  createOnboardingLink(options: { accountRef: string; refreshUrl: string; returnUrl: string }): Promise<{ url: string }>;
  /** Whether the account can be paid (details submitted, payouts enabled). */
  retrieveConnectedAccount(accountRef: string): Promise<{ detailsSubmitted: boolean; payoutsEnabled: boolean }>;
}
