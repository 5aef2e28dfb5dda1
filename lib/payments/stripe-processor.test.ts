import { AppError } from "../core/errors";
import { startStripeStub, stripeError, type StripeStub } from "../testing/stripe-stub";
import { createStripeProcessor } from "./stripe-processor";

/**
 * The adapter against a local HTTP endpoint with the real `stripe` SDK: the assertions are on
 * the requests the SDK actually put on the wire (path, form fields, Idempotency-Key), and on how
 * Stripe-shaped answers and errors come back through the PaymentProcessor contract.
 */
let stub: StripeStub;
let processor: ReturnType<typeof createStripeProcessor>;

beforeAll(async () => {
  stub = await startStripeStub();
  processor = createStripeProcessor({ secretKey: "sk_test_hearth", host: stub.host, port: stub.port, protocol: stub.protocol });
});
afterAll(() => stub.close());
beforeEach(() => stub.reset());

const intent = (fields: Record<string, unknown>) => ({ object: "payment_intent", amount: 12000, currency: "usd", client_secret: null, last_payment_error: null, ...fields });
const authorizeOptions = {
  amount: 12000,
  currency: "USD",
  paymentMethod: "pm_card_visa",
  destinationAccount: "acct_provider1",
  description: "Standard home clean",
  metadata: { paymentId: "pay_1", bookingId: "bk_1" },
  idempotencyKey: "payment:pay_1:authorize",
};
const declined = stripeError(402, {
  type: "card_error",
  code: "card_declined",
  decline_code: "generic_decline",
  message: "Your card was declined.",
  payment_intent: intent({ id: "pi_declined", status: "requires_payment_method" }),
});

describe("createStripeProcessor → authorize", () => {
  it("creates a confirmed manual-capture destination charge with the Hearth idempotency key", async () => {
    stub.on("POST", "/v1/payment_intents", { body: intent({ id: "pi_ok", status: "requires_capture" }) });
    await expect(processor.authorize(authorizeOptions)).resolves.toEqual({ ref: "pi_ok", status: "authorized" });

    const [request] = stub.requestsTo("POST", "/v1/payment_intents");
    expect(stub.requests).toHaveLength(1);
    expect(request.idempotencyKey).toBe("payment:pay_1:authorize");
    expect(request.authorization).toBe("Bearer sk_test_hearth");
    expect(request.stripeAccount).toBeNull();
    expect(request.body).toMatchObject({
      amount: "12000",
      currency: "usd",
      capture_method: "manual",
      confirm: "true",
      payment_method: "pm_card_visa",
      "transfer_data[destination]": "acct_provider1",
      "automatic_payment_methods[enabled]": "true",
      "automatic_payment_methods[allow_redirects]": "never",
      "metadata[paymentId]": "pay_1",
      "metadata[bookingId]": "bk_1",
      description: "Standard home clean",
    });
    expect(request.body).not.toHaveProperty("off_session");
    expect(request.body).not.toHaveProperty("customer");
  });

  it("sends customer and off_session for the saved-card authorization, and no destination when there is none", async () => {
    stub.on("POST", "/v1/payment_intents", { body: intent({ id: "pi_off", status: "requires_capture" }) });
    await processor.authorize({ ...authorizeOptions, destinationAccount: undefined, customerRef: "cus_1", offSession: true, idempotencyKey: "payment:pay_1:offsession" });
    const [request] = stub.requests;
    expect(request.body).toMatchObject({ customer: "cus_1", off_session: "true" });
    expect(request.body).not.toHaveProperty("transfer_data[destination]");
    expect(request.idempotencyKey).toBe("payment:pay_1:offsession");
  });

  it("keeps the card for later: attaches it to a customer made the first time, under the caller's per-user key", async () => {
    stub.on("POST", "/v1/customers", { body: { id: "cus_first", object: "customer" } });
    stub.on("POST", "/v1/payment_intents", { body: intent({ id: "pi_kept", status: "requires_capture" }) });
    await expect(processor.authorize({ ...authorizeOptions, keepCard: true, customerKey: "user:u_1:customer" })).resolves.toEqual({
      ref: "pi_kept",
      status: "authorized",
      customerRef: "cus_first",
    });
    expect(stub.requests.map((r) => `${r.method} ${r.path} ${r.idempotencyKey}`)).toEqual([
      "POST /v1/customers user:u_1:customer",
      "POST /v1/payment_intents payment:pay_1:authorize",
    ]);
    expect(stub.requests[1].body).toMatchObject({ customer: "cus_first", setup_future_usage: "off_session", payment_method: "pm_card_visa" });
  });

  it("keeps the card on a known customer without making another; a declined card still names the customer", async () => {
    stub.on("POST", "/v1/payment_intents", { body: intent({ id: "pi_kept2", status: "requires_capture" }) });
    await expect(processor.authorize({ ...authorizeOptions, keepCard: true, customerRef: "cus_known" })).resolves.toEqual({ ref: "pi_kept2", status: "authorized" });
    expect(stub.requestsTo("POST", "/v1/customers")).toHaveLength(0);
    expect(stub.requests[0].body).toMatchObject({ customer: "cus_known", setup_future_usage: "off_session" });

    stub.reset();
    stub.on("POST", "/v1/customers", { body: { id: "cus_new2", object: "customer" } });
    stub.on("POST", "/v1/payment_intents", declined);
    await expect(processor.authorize({ ...authorizeOptions, keepCard: true })).resolves.toMatchObject({ status: "failed", failureCode: "generic_decline", customerRef: "cus_new2" });
    expect(stub.requestsTo("POST", "/v1/customers")[0].idempotencyKey).toBe("payment:pay_1:authorize:customer");
  });

  it("maps requires_action to an authentication step with the client secret", async () => {
    stub.on("POST", "/v1/payment_intents", { body: intent({ id: "pi_3ds", status: "requires_action", client_secret: "pi_3ds_secret_x" }) });
    await expect(processor.authorize(authorizeOptions)).resolves.toEqual({ ref: "pi_3ds", status: "requires_action", clientSecret: "pi_3ds_secret_x" });
  });

  it("turns a card_declined 402 into failed with the issuer's message, without retrying", async () => {
    stub.on("POST", "/v1/payment_intents", declined);
    await expect(processor.authorize(authorizeOptions)).resolves.toEqual({
      ref: "pi_declined",
      status: "failed",
      failureCode: "generic_decline",
      failureMessage: "Your card was declined.",
    });
    expect(stub.requests).toHaveLength(1);
  });

  it("treats an off-session authentication_required as a failed authorization", async () => {
    stub.on(
      "POST",
      "/v1/payment_intents",
      stripeError(402, { type: "card_error", code: "authentication_required", message: "This payment requires authentication.", payment_intent: intent({ id: "pi_auth", status: "requires_payment_method" }) }),
    );
    const result = await processor.authorize({ ...authorizeOptions, offSession: true, customerRef: "cus_1" });
    expect(result).toMatchObject({ ref: "pi_auth", status: "failed", failureCode: "authentication_required" });
  });

  it("throws on a 500 after retrying twice with the same idempotency key", async () => {
    stub.on("POST", "/v1/payment_intents", stripeError(500, { type: "api_error", message: "Stripe is having a moment" }));
    await expect(processor.authorize(authorizeOptions)).rejects.toMatchObject({ type: "StripeAPIError", statusCode: 500 });
    expect(stub.requests.map((r) => r.idempotencyKey)).toEqual(["payment:pay_1:authorize", "payment:pay_1:authorize", "payment:pay_1:authorize"]);
  });

  it("a retry after a 500 reuses the key and returns the replayed answer", async () => {
    stub.on("POST", "/v1/payment_intents", stripeError(500, { type: "api_error", message: "blip" }), { body: intent({ id: "pi_retry", status: "requires_capture" }) });
    await expect(processor.authorize(authorizeOptions)).resolves.toEqual({ ref: "pi_retry", status: "authorized" });
    expect(stub.requests.map((r) => r.idempotencyKey)).toEqual(["payment:pay_1:authorize", "payment:pay_1:authorize"]);
  });

  it("throws on our own bad requests (not a decline)", async () => {
    stub.on("POST", "/v1/payment_intents", stripeError(400, { type: "invalid_request_error", param: "currency", message: "Invalid currency: zzz" }));
    await expect(processor.authorize(authorizeOptions)).rejects.toMatchObject({ type: "StripeInvalidRequestError" });
  });

  it("retrieveAuthorization maps the intent after an authentication step", async () => {
    stub.on("GET", "/v1/payment_intents/pi_a", { body: intent({ id: "pi_a", status: "requires_capture" }) });
    stub.on("GET", "/v1/payment_intents/pi_b", {
      body: intent({ id: "pi_b", status: "requires_payment_method", last_payment_error: { code: "payment_intent_authentication_failure", message: "Authentication failed." } }),
    });
    await expect(processor.retrieveAuthorization("pi_a")).resolves.toEqual({ ref: "pi_a", status: "authorized" });
    await expect(processor.retrieveAuthorization("pi_b")).resolves.toEqual({
      ref: "pi_b",
      status: "failed",
      failureCode: "payment_intent_authentication_failure",
      failureMessage: "Authentication failed.",
    });
  });
});

describe("createStripeProcessor → capture, cancel, refund", () => {
  it("captures the amount with the platform fee as application_fee_amount", async () => {
    stub.on("POST", "/v1/payment_intents/pi_ok/capture", { body: intent({ id: "pi_ok", status: "succeeded", amount_received: 9000 }) });
    await processor.capture({ ref: "pi_ok", amount: 9000, applicationFee: 1350, idempotencyKey: "payment:pay_1:capture" });
    const [request] = stub.requests;
    expect(request.body).toEqual({ amount_to_capture: "9000", application_fee_amount: "1350" });
    expect(request.idempotencyKey).toBe("payment:pay_1:capture");
  });

  it("a capture that already happened (same amount) is a success; another state is INVALID_STATE", async () => {
    const unexpected = stripeError(400, { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "already succeeded" });
    stub.on("POST", "/v1/payment_intents/pi_done/capture", unexpected);
    stub.on("GET", "/v1/payment_intents/pi_done", { body: intent({ id: "pi_done", status: "succeeded", amount_received: 12000 }) });
    await expect(processor.capture({ ref: "pi_done", amount: 12000, applicationFee: 1800, idempotencyKey: "k" })).resolves.toBeUndefined();

    stub.on("POST", "/v1/payment_intents/pi_gone/capture", unexpected);
    stub.on("GET", "/v1/payment_intents/pi_gone", { body: intent({ id: "pi_gone", status: "canceled" }) });
    const error = await processor.capture({ ref: "pi_gone", amount: 12000, applicationFee: 1800, idempotencyKey: "k2" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID_STATE");
  });

  it("cancels an authorization with its key; an already canceled one is fine", async () => {
    stub.on("POST", "/v1/payment_intents/pi_ok/cancel", { body: intent({ id: "pi_ok", status: "canceled" }) });
    await processor.cancelAuthorization({ ref: "pi_ok", idempotencyKey: "payment:pay_1:cancel" });
    expect(stub.requests[0].idempotencyKey).toBe("payment:pay_1:cancel");

    stub.on("POST", "/v1/payment_intents/pi_c/cancel", stripeError(400, { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "canceled" }));
    stub.on("GET", "/v1/payment_intents/pi_c", { body: intent({ id: "pi_c", status: "canceled" }) });
    await expect(processor.cancelAuthorization({ ref: "pi_c", idempotencyKey: "payment:pay_2:cancel" })).resolves.toBeUndefined();
  });

  it("refunds a platform charge (a bounty escrow) without reversing a transfer or a fee it never had", async () => {
    stub.on("POST", "/v1/refunds", { body: { id: "re_2", object: "refund", amount: 5000, status: "succeeded" } });
    await expect(processor.refund({ ref: "pi_escrow", amount: 5000, idempotencyKey: "bounty:b_1:refund:1", platformCharge: true })).resolves.toEqual({ refundRef: "re_2" });
    const [request] = stub.requests;
    expect(request.body).toEqual({ payment_intent: "pi_escrow", amount: "5000" });
    expect(request.idempotencyKey).toBe("bounty:b_1:refund:1");
  });

  it("refunds with the transfer and the fee reversed, keyed per refund", async () => {
    stub.on("POST", "/v1/refunds", { body: { id: "re_1", object: "refund", amount: 3000, status: "succeeded" } });
    await expect(processor.refund({ ref: "pi_ok", amount: 3000, idempotencyKey: "payment:pay_1:refund:1" })).resolves.toEqual({ refundRef: "re_1" });
    const [request] = stub.requests;
    expect(request.body).toEqual({ payment_intent: "pi_ok", amount: "3000", reverse_transfer: "true", refund_application_fee: "true" });
    expect(request.idempotencyKey).toBe("payment:pay_1:refund:1");
  });
});

describe("createStripeProcessor → transfer (separate charges and transfers)", () => {
  const transferOptions = {
    amount: 15_300,
    currency: "USD",
    destinationAccount: "acct_provider1",
    sourceRef: "pi_escrow",
    transferGroup: "bounty_b_1",
    metadata: { paymentId: "bpay_b_1", bountyId: "b_1" },
    idempotencyKey: "bounty:b_1:transfer",
  };

  it("transfers from the PaymentIntent's charge to the connected account, with Hearth's idempotency key", async () => {
    stub.on("GET", "/v1/payment_intents/pi_escrow", { body: intent({ id: "pi_escrow", status: "succeeded", amount_received: 18_000, latest_charge: "ch_escrow" }) });
    stub.on("POST", "/v1/transfers", { body: { id: "tr_1", object: "transfer", amount: 15_300, currency: "usd", destination: "acct_provider1" } });
    await expect(processor.transfer(transferOptions)).resolves.toEqual({ transferRef: "tr_1" });

    expect(stub.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v1/payment_intents/pi_escrow", "POST /v1/transfers"]);
    const [transfer] = stub.requestsTo("POST", "/v1/transfers");
    expect(transfer.idempotencyKey).toBe("bounty:b_1:transfer");
    expect(transfer.stripeAccount).toBeNull();
    expect(transfer.body).toEqual({
      amount: "15300",
      currency: "usd",
      destination: "acct_provider1",
      source_transaction: "ch_escrow",
      transfer_group: "bounty_b_1",
      "metadata[paymentId]": "bpay_b_1",
      "metadata[bountyId]": "b_1",
    });
  });

  it("uses a charge id as it is, and retries a 500 with the same key", async () => {
    stub.on("POST", "/v1/transfers", stripeError(500, { type: "api_error", message: "blip" }), { body: { id: "tr_2", object: "transfer" } });
    await expect(processor.transfer({ ...transferOptions, sourceRef: "ch_direct" })).resolves.toEqual({ transferRef: "tr_2" });
    expect(stub.requests.map((r) => [r.path, r.idempotencyKey, r.body.source_transaction])).toEqual([
      ["/v1/transfers", "bounty:b_1:transfer", "ch_direct"],
      ["/v1/transfers", "bounty:b_1:transfer", "ch_direct"],
    ]);
  });

  it("throws Stripe's refusal (the settle job retries, support sees the log), and refuses an intent without a charge", async () => {
    stub.on("POST", "/v1/transfers", stripeError(400, { type: "invalid_request_error", code: "insufficient_capabilities_for_transfer", message: "The destination account needs the transfers capability" }));
    await expect(processor.transfer({ ...transferOptions, sourceRef: "ch_x" })).rejects.toMatchObject({ type: "StripeInvalidRequestError" });

    stub.on("GET", "/v1/payment_intents/pi_uncaptured", { body: intent({ id: "pi_uncaptured", status: "requires_capture", latest_charge: null }) });
    const error = await processor.transfer({ ...transferOptions, sourceRef: "pi_uncaptured" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID_STATE");
    expect(stub.requestsTo("POST", "/v1/transfers")).toHaveLength(1);
  });

  it("groups the escrow's charge with its transfer when authorizing", async () => {
    stub.on("POST", "/v1/payment_intents", { body: intent({ id: "pi_escrow", status: "requires_capture" }) });
    await processor.authorize({ ...authorizeOptions, destinationAccount: undefined, transferGroup: "bounty_b_1", idempotencyKey: "bounty:b_1:fund:x" });
    const [request] = stub.requests;
    expect(request.body).toMatchObject({ transfer_group: "bounty_b_1", capture_method: "manual" });
    expect(request.body).not.toHaveProperty("transfer_data[destination]");
  });
});

describe("createStripeProcessor → saved cards and Connect", () => {
  const setupIntent = (fields: Record<string, unknown>) => ({ object: "setup_intent", client_secret: null, last_setup_error: null, ...fields });

  it("saves a card off-session, creating the customer the first time", async () => {
    stub.on("POST", "/v1/customers", { body: { id: "cus_new", object: "customer" } });
    stub.on("POST", "/v1/setup_intents", { body: setupIntent({ id: "seti_1", status: "succeeded", payment_method: "pm_saved" }) });
    const result = await processor.saveCard({ paymentMethod: "pm_card_visa", metadata: { paymentId: "pay_9" }, idempotencyKey: "payment:pay_9:setup" });
    expect(result).toEqual({ ref: "seti_1", status: "succeeded", paymentMethodRef: "pm_saved", customerRef: "cus_new" });
    expect(stub.requests.map((r) => `${r.method} ${r.path} ${r.idempotencyKey}`)).toEqual([
      "POST /v1/customers payment:pay_9:setup:customer",
      "POST /v1/setup_intents payment:pay_9:setup",
    ]);
    expect(stub.requests[1].body).toMatchObject({
      payment_method: "pm_card_visa",
      customer: "cus_new",
      confirm: "true",
      usage: "off_session",
      "metadata[paymentId]": "pay_9",
    });
  });

  it("reuses a known customer, and maps authentication and declines", async () => {
    stub.on("POST", "/v1/setup_intents", { body: setupIntent({ id: "seti_2", status: "requires_action", client_secret: "seti_2_secret" }) });
    await expect(processor.saveCard({ paymentMethod: "pm_3ds", customerRef: "cus_1", metadata: {}, idempotencyKey: "payment:pay_8:setup" })).resolves.toEqual({
      ref: "seti_2",
      status: "requires_action",
      clientSecret: "seti_2_secret",
      customerRef: "cus_1",
    });
    expect(stub.requestsTo("POST", "/v1/customers")).toHaveLength(0);

    stub.on("POST", "/v1/setup_intents", stripeError(402, { type: "card_error", code: "card_declined", message: "Your card was declined.", setup_intent: setupIntent({ id: "seti_3", status: "requires_payment_method" }) }));
    await expect(processor.saveCard({ paymentMethod: "pm_bad", customerRef: "cus_1", metadata: {}, idempotencyKey: "payment:pay_7:setup" })).resolves.toEqual({
      ref: "seti_3",
      status: "failed",
      failureMessage: "Your card was declined.",
      customerRef: "cus_1",
    });
  });

  it("retrieveCardSetup reads the SetupIntent after an authentication step", async () => {
    stub.on("GET", "/v1/setup_intents/seti_ok", { body: setupIntent({ id: "seti_ok", status: "succeeded", payment_method: { id: "pm_9", object: "payment_method" }, customer: "cus_9" }) });
    stub.on("GET", "/v1/setup_intents/seti_no", { body: setupIntent({ id: "seti_no", status: "requires_payment_method", last_setup_error: { message: "Authentication failed." } }) });
    await expect(processor.retrieveCardSetup("seti_ok")).resolves.toEqual({ ref: "seti_ok", status: "succeeded", paymentMethodRef: "pm_9", customerRef: "cus_9" });
    await expect(processor.retrieveCardSetup("seti_no")).resolves.toEqual({ ref: "seti_no", status: "failed", failureMessage: "Authentication failed.", customerRef: undefined });
  });

  it("creates an Express account, an onboarding link, and reads the account's state", async () => {
    stub.on("POST", "/v1/accounts", { body: { id: "acct_new", object: "account" } });
    stub.on("POST", "/v1/account_links", { body: { object: "account_link", url: "https://connect.stripe.com/setup/e/acct_new/abc" } });
    stub.on("GET", "/v1/accounts/acct_new", { body: { id: "acct_new", object: "account", details_submitted: true, payouts_enabled: false } });

    await expect(
      processor.createConnectedAccount({ email: "pro@example.test", country: "US", idempotencyKey: "provider:prov_1:connect", metadata: { providerId: "prov_1" } }),
    ).resolves.toEqual({ accountRef: "acct_new" });
    await expect(
      processor.createOnboardingLink({ accountRef: "acct_new", refreshUrl: "https://hearth.test/dashboard/payouts?refresh=1", returnUrl: "https://hearth.test/dashboard/payouts" }),
    ).resolves.toEqual({ url: "https://connect.stripe.com/setup/e/acct_new/abc" });
    await expect(processor.retrieveConnectedAccount("acct_new")).resolves.toEqual({ detailsSubmitted: true, payoutsEnabled: false });

    const [account, link] = stub.requests;
    expect(account.idempotencyKey).toBe("provider:prov_1:connect");
    expect(account.body).toEqual({
      type: "express",
      country: "US",
      email: "pro@example.test",
      "capabilities[card_payments][requested]": "true",
      "capabilities[transfers][requested]": "true",
      "metadata[providerId]": "prov_1",
    });
    expect(link.body).toEqual({
      account: "acct_new",
      refresh_url: "https://hearth.test/dashboard/payouts?refresh=1",
      return_url: "https://hearth.test/dashboard/payouts",
      type: "account_onboarding",
    });
  });
});
