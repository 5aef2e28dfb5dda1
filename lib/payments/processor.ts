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
  /** The processor's customer the card was kept on (when `keepCard` made one), to store on the user. */
  customerRef?: string;
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
  /**
   * Keep the card for later off-session charges on this booking (a reschedule fee). On Stripe a
   * card is reusable only once attached to a customer: one is created when `customerRef` is absent.
   */
  keepCard?: boolean;
  /** The idempotency key for making that customer (per user, so two first bookings at once share one). */
  customerKey?: string;
  /** Groups the charge with the transfers paid out of it later (a bounty escrow: separate charges and transfers). */
  transferGroup?: string;
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

export interface TransferOptions {
  amount: number;
  currency: string;
  /** The provider's connected account (Stripe acct_…, test mode tm_acct_…). */
  destinationAccount: string;
  /**
   * The captured payment the money comes from: its charge (ch_…) or the PaymentIntent whose charge
   * it is (pi_…). The transfer is tied to it, so it goes out even while the charge's funds are pending.
   */
  sourceRef: string;
  transferGroup?: string;
  metadata: Record<string, string>;
  idempotencyKey: string;
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
  /**
   * Refunds captured money. A destination charge (a booking) reverses the provider's transfer and
   * the platform fee pro rata; `platformCharge` is a charge kept on the platform with no transfer
   * or fee attached (a bounty escrow), refunded as it is.
   */
  refund(options: { ref: string; amount: number; idempotencyKey: string; platformCharge?: boolean }): Promise<{ refundRef: string }>;
  /**
   * Pays `amount` of a captured platform charge to a connected account (separate charges and
   * transfers: a bounty's escrow, when it is released). Idempotent by key, like every money call.
   */
  transfer(options: TransferOptions): Promise<{ transferRef: string }>;
  /**
   * The state of a card-saving step after an authentication step (optional: without it, the
   * processor's webhook finishes a saved card that needed authentication).
   */
  retrieveCardSetup?(ref: string): Promise<CardSetupResult>;
  /** Saves a card for a later off-session authorization. */
  saveCard(options: { paymentMethod: string; customerRef?: string; customerKey?: string; metadata: Record<string, string>; idempotencyKey: string }): Promise<{
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
