import Stripe from "stripe";
import { env } from "../core/env";
import { AppError } from "../core/errors";
import type { AuthorizationResult, PaymentProcessor } from "./processor";

/** What saveCard (and retrieveCardSetup) answer. */
type CardSetupResult = Awaited<ReturnType<PaymentProcessor["saveCard"]>>;

export interface StripeProcessorConfig {
  secretKey: string;
  /** api.stripe.com unless set (STRIPE_API_HOST/PORT/PROTOCOL point tests and proxies elsewhere). */
  host?: string;
  port?: number;
  protocol?: "http" | "https";
  timeoutMs?: number;
}

/** The adapter's settings from the environment, or null when Stripe is not configured (test mode). */
export function stripeConfigFromEnv(): StripeProcessorConfig | null {
  if (!env.STRIPE_SECRET_KEY) return null;
  return { secretKey: env.STRIPE_SECRET_KEY, host: env.STRIPE_API_HOST, port: env.STRIPE_API_PORT, protocol: env.STRIPE_API_PROTOCOL };
}

/**
 * Two network retries with the same idempotency key: Stripe replays the first answer, so a retry
 * after a lost response never charges twice. The timeout bounds how long a booking request waits.
 */
export function createStripeClient({ secretKey, host, port, protocol, timeoutMs = 20_000 }: StripeProcessorConfig): Stripe {
  return new Stripe(secretKey, { host, port, protocol, maxNetworkRetries: 2, timeout: timeoutMs, appInfo: { name: "Hearth" } });
}

const isStripeError = (error: unknown): error is Stripe.errors.StripeError => error instanceof Stripe.errors.StripeError;
const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : value?.id);

function authorizationFrom(intent: Stripe.PaymentIntent): AuthorizationResult {
  if (intent.status === "requires_capture") return { ref: intent.id, status: "authorized" };
  if (intent.status === "requires_action") return { ref: intent.id, status: "requires_action", clientSecret: intent.client_secret ?? undefined };
  const error = intent.last_payment_error;
  return {
    ref: intent.id,
    status: "failed",
    failureCode: error?.decline_code || error?.code || (intent.status === "canceled" ? "canceled" : "payment_failed"),
    failureMessage: error?.message || "The payment could not be authorized.",
  };
}

function cardSetupFrom(intent: Stripe.SetupIntent, customer?: string): CardSetupResult {
  const customerRef = idOf(intent.customer) ?? customer;
  if (intent.status === "succeeded") return { ref: intent.id, status: "succeeded", paymentMethodRef: idOf(intent.payment_method) ?? undefined, customerRef };
  if (intent.status === "requires_action") return { ref: intent.id, status: "requires_action", clientSecret: intent.client_secret ?? undefined, customerRef };
  return { ref: intent.id, status: "failed", failureMessage: intent.last_setup_error?.message || "The card could not be saved.", customerRef };
}

/**
 * A decline is an answer, not an exception: card errors (and a payment method Stripe refuses to
 * use) become `failed` with the issuer's message. Everything else (5xx, network, bad requests of
 * ours) is thrown so the caller's transaction fails and nothing is recorded.
 */
function declineOf(error: unknown): { code: string; message: string; intentId?: string; setupIntentId?: string } | null {
  if (!isStripeError(error)) return null;
  const refused = error.type === "StripeCardError" || (error.type === "StripeInvalidRequestError" && error.param === "payment_method");
  if (!refused) return null;
  return {
    code: error.decline_code || error.code || "card_declined",
    message: error.message,
    intentId: error.payment_intent?.id,
    setupIntentId: error.setup_intent?.id,
  };
}

/** Stripe refuses to capture or cancel twice; the retry of one that already happened is a success. */
async function unlessAlready(stripe: Stripe, ref: string, done: (intent: Stripe.PaymentIntent) => boolean, work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    if (!isStripeError(error) || error.code !== "payment_intent_unexpected_state") throw error;
    const intent = await stripe.paymentIntents.retrieve(ref);
    if (done(intent)) return;
    throw new AppError("INVALID_STATE", `A ${intent.status} payment cannot do that`, { stripeStatus: intent.status });
  }
}

/**
 * The Stripe implementation of PaymentProcessor: manual-capture PaymentIntents as destination
 * charges to the provider's Express account (bookings) or kept on the platform and transferred
 * later (bounty escrow: separate charges and transfers), SetupIntents for far-off bookings, refunds
 * that reverse the transfer and the platform fee. Every money call carries the caller's idempotency key.
 */
export function createStripeProcessor(config: StripeProcessorConfig): PaymentProcessor & { retrieveCardSetup(ref: string): Promise<CardSetupResult> } {
  const stripe = createStripeClient(config);

  /** A card is reusable off-session only when attached to a customer; one is created the first time. */
  async function ensureCustomer(customerRef: string | undefined, metadata: Record<string, string>, idempotencyKey: string): Promise<string> {
    return customerRef ?? (await stripe.customers.create({ metadata }, { idempotencyKey })).id;
  }

  return {
    name: "stripe",

    async authorize({ amount, currency, paymentMethod, customerRef, destinationAccount, offSession, keepCard, customerKey, transferGroup, description, metadata, idempotencyKey }) {
      const customer = keepCard ? await ensureCustomer(customerRef, metadata, customerKey ?? `${idempotencyKey}:customer`) : customerRef;
      const kept = keepCard && !customerRef ? { customerRef: customer } : {};
      try {
        const intent = await stripe.paymentIntents.create(
          {
            amount,
            currency: currency.toLowerCase(),
            capture_method: "manual",
            confirm: true,
            payment_method: paymentMethod,
            // Cards only in practice; "never" keeps redirect-based methods (which need a return_url) out.
            automatic_payment_methods: { enabled: true, allow_redirects: "never" },
            customer,
            off_session: offSession ? true : undefined,
            // Attaches the card to the customer once the intent is confirmed, so it can be charged again.
            setup_future_usage: keepCard ? "off_session" : undefined,
            transfer_data: destinationAccount ? { destination: destinationAccount } : undefined,
            transfer_group: transferGroup,
            description,
            metadata,
          },
          { idempotencyKey },
        );
        return { ...authorizationFrom(intent), ...kept };
      } catch (error) {
        const decline = declineOf(error);
        if (!decline) throw error;
        // Without the intent's id, the key still names this attempt uniquely (Payment.processorRef is unique).
        return { ref: decline.intentId ?? `declined:${idempotencyKey}`, status: "failed", failureCode: decline.code, failureMessage: decline.message, ...kept };
      }
    },

    async retrieveAuthorization(ref) {
      return authorizationFrom(await stripe.paymentIntents.retrieve(ref));
    },

    async capture({ ref, amount, applicationFee, idempotencyKey }) {
      await unlessAlready(
        stripe,
        ref,
        (intent) => intent.status === "succeeded" && intent.amount_received === amount,
        () =>
          stripe.paymentIntents.capture(
            ref,
            { amount_to_capture: amount, application_fee_amount: applicationFee > 0 ? applicationFee : undefined },
            { idempotencyKey },
          ),
      );
    },

    async cancelAuthorization({ ref, idempotencyKey }) {
      await unlessAlready(stripe, ref, (intent) => intent.status === "canceled", () => stripe.paymentIntents.cancel(ref, {}, { idempotencyKey }));
    },

    async refund({ ref, amount, idempotencyKey, platformCharge }) {
      // A platform charge (bounty escrow) has no transfer or application fee to take back.
      const connect = platformCharge ? {} : { reverse_transfer: true, refund_application_fee: true };
      const refund = await stripe.refunds.create({ payment_intent: ref, amount, ...connect }, { idempotencyKey });
      return { refundRef: refund.id };
    },

    async transfer({ amount, currency, destinationAccount, sourceRef, transferGroup, metadata, idempotencyKey }) {
      // source_transaction wants the charge; Hearth keeps the PaymentIntent, whose latest charge it is.
      const charge = sourceRef.startsWith("pi_") ? idOf((await stripe.paymentIntents.retrieve(sourceRef)).latest_charge) : sourceRef;
      if (!charge) throw new AppError("INVALID_STATE", "The payment has no charge to transfer from yet", { sourceRef });
      const transfer = await stripe.transfers.create(
        { amount, currency: currency.toLowerCase(), destination: destinationAccount, source_transaction: charge, transfer_group: transferGroup, metadata },
        { idempotencyKey },
      );
      return { transferRef: transfer.id };
    },

    async retrieveCardSetup(ref) {
      return cardSetupFrom(await stripe.setupIntents.retrieve(ref));
    },

    async saveCard({ paymentMethod, customerRef, customerKey, metadata, idempotencyKey }) {
      const customer = await ensureCustomer(customerRef, metadata, customerKey ?? `${idempotencyKey}:customer`);
      try {
        const intent = await stripe.setupIntents.create(
          { payment_method: paymentMethod, customer, confirm: true, usage: "off_session", automatic_payment_methods: { enabled: true, allow_redirects: "never" }, metadata },
          { idempotencyKey },
        );
        return cardSetupFrom(intent, customer);
      } catch (error) {
        const decline = declineOf(error);
        if (!decline) throw error;
        return { ref: decline.setupIntentId ?? `declined:${idempotencyKey}`, status: "failed" as const, failureMessage: decline.message, customerRef: customer };
      }
    },

    async createConnectedAccount({ email, country, idempotencyKey, metadata }) {
      const account = await stripe.accounts.create(
        {
          type: "express",
          country,
          email,
          capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
          metadata,
        },
        { idempotencyKey },
      );
      return { accountRef: account.id };
    },

    async createOnboardingLink({ accountRef, refreshUrl, returnUrl }) {
      const link = await stripe.accountLinks.create({ account: accountRef, refresh_url: refreshUrl, return_url: returnUrl, type: "account_onboarding" });
      return { url: link.url };
    },

    async retrieveConnectedAccount(accountRef) {
      const account = await stripe.accounts.retrieve(accountRef);
      return { detailsSubmitted: account.details_submitted ?? false, payoutsEnabled: account.payouts_enabled ?? false };
    },
  };
}
