import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { deliverPendingEvents } from "@/lib/events/deliver";
import { settleDispatches } from "@/lib/events/dispatch";
import { subscriptions } from "@/lib/subscriptions";
import { postLedgerTransaction } from "@/lib/ledger/post-ledger-transaction";
import { charge, paymentIntent, refund, shuffled, signedDelivery, stripeEvent, WEBHOOK_SECRET, webhookWorld } from "@/lib/payments/webhooks/test-fixtures";
import { startStripeStub, type StripeStub } from "@/lib/testing/stripe-stub";
import { setupTestDatabase } from "@/lib/testing/test-database";
import type Stripe from "stripe";
import { POST } from "./route";

// The real ledger, wrapped so that one test can make a posting fail in the middle of an effect.
jest.mock("@/lib/ledger/post-ledger-transaction", () => {
  const actual = jest.requireActual("@/lib/ledger/post-ledger-transaction");
  return { ...actual, postLedgerTransaction: jest.fn(actual.postLedgerTransaction) };
});
const realPost = jest.requireActual("@/lib/ledger/post-ledger-transaction").postLedgerTransaction as typeof postLedgerTransaction;
const ledgerPost = postLedgerTransaction as jest.MockedFunction<typeof postLedgerTransaction>;

setupTestDatabase();

let stub: StripeStub;
const refundsByCharge = new Map<string, Stripe.Refund[]>();
const accounts = new Map<string, { details_submitted: boolean; payouts_enabled: boolean }>();

beforeAll(async () => {
  stub = await startStripeStub();
  // What the effects read from Stripe (refunds of a charge, an account's current state) comes from the stub.
  stub.on("GET", "/v1/refunds", (req) => ({ body: { object: "list", url: "/v1/refunds", has_more: false, data: refundsByCharge.get(req.query.charge) ?? [] } }));
  stub.on("GET", /^\/v1\/accounts\/[^/]+$/, (req) => {
    const id = req.path.split("/").pop() ?? "";
    const account = accounts.get(id);
    return account ? { body: { id, object: "account", ...account } } : { status: 404, body: { error: { type: "invalid_request_error", message: "No such account" } } };
  });
  Object.assign(env, {
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_SECRET_KEY: "sk_test_webhooks",
    STRIPE_API_HOST: stub.host,
    STRIPE_API_PORT: stub.port,
    STRIPE_API_PROTOCOL: stub.protocol,
  });
});
afterAll(() => stub.close());

async function deliver(request: Request) {
  const response = await POST(request);
  return { status: response.status, body: await response.json() };
}

/** The fixtures' order, which the seeded shuffles below depend on. */
const FIXTURE_ORDER = ["auth", "cap", "cap-late", "ref-pi", "ref-ch", "fail", "cancel", "cancel-auth", "disp", "setup", "acct", "unknown"];
const SEEDS = [1, 2, 3];

/** Every handled type (and one unknown), for fresh rows. */
async function fixtureSet() {
  const w = await webhookWorld();
  const t = w.token;
  const now = Math.floor(Date.now() / 1000);
  const pi = (name: string) => `pi_${t}_${name}`;
  const p = {
    auth: await w.payment("REQUIRES_ACTION", { intent: pi("auth") }),
    cap: await w.payment("AUTHORIZED", { intent: pi("cap") }),
    ref: await w.payment("AUTHORIZED", { intent: pi("ref") }),
    fail: await w.payment("REQUIRES_ACTION", { intent: pi("fail"), linked: false }),
    cancel: await w.payment("REQUIRES_ACTION", { intent: pi("cancel") }),
    disp: await w.payment("CAPTURED", { intent: pi("disp"), capturedAmount: 8500, fee: 1275 }),
    setup: await w.payment("PENDING", { setup: `seti_${t}` }),
  };
  refundsByCharge.set(`ch_${t}_ref`, [refund(`re_${t}_a`, 3000, "succeeded", now), refund(`re_${t}_b`, 1000, "pending", now + 1), refund(`re_${t}_c`, 500, "failed", now + 2)]);
  accounts.set(w.accountId, { details_submitted: true, payouts_enabled: true });
  const evt = (name: string) => `evt_${t}_${name}`;
  const authorized = (name: string) => paymentIntent(pi(name), { status: "requires_capture", amount: 8500, amount_capturable: 8500 });
  const succeeded = (name: string) => paymentIntent(pi(name), { status: "succeeded", amount: 8500, amount_received: 8500, application_fee_amount: 1275 });
  const fixtures = [
    stripeEvent(evt("auth"), "payment_intent.amount_capturable_updated", authorized("auth")),
    stripeEvent(evt("cap"), "payment_intent.succeeded", succeeded("cap")),
    stripeEvent(evt("cap-late"), "payment_intent.amount_capturable_updated", authorized("cap")),
    stripeEvent(evt("ref-pi"), "payment_intent.succeeded", succeeded("ref")),
    stripeEvent(evt("ref-ch"), "charge.refunded", charge(`ch_${t}_ref`, { payment_intent: pi("ref"), amount: 8500, amount_captured: 8500, amount_refunded: 4000, application_fee_amount: 1275 })),
    stripeEvent(evt("fail"), "payment_intent.payment_failed", paymentIntent(pi("fail"), {
      status: "requires_payment_method",
      last_payment_error: { type: "card_error", code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." },
    })),
    stripeEvent(evt("cancel"), "payment_intent.canceled", paymentIntent(pi("cancel"), { status: "canceled" })),
    stripeEvent(evt("cancel-auth"), "payment_intent.amount_capturable_updated", authorized("cancel")),
    stripeEvent(evt("disp"), "charge.dispute.created", { id: `dp_${t}`, object: "dispute", amount: 8500, charge: `ch_${t}_disp`, payment_intent: pi("disp"), reason: "fraudulent", status: "needs_response" }),
    stripeEvent(evt("setup"), "setup_intent.succeeded", { id: `seti_${t}`, object: "setup_intent", status: "succeeded", payment_method: `pm_${t}`, customer: `cus_${t}`, metadata: { paymentId: p.setup.id } }),
    stripeEvent(evt("acct"), "account.updated", { id: w.accountId, object: "account", details_submitted: false, payouts_enabled: false }),
    stripeEvent(evt("unknown"), "customer.created", { id: `cus_${t}`, object: "customer" }),
  ];
  return { w, p, t, fixtures, eventIds: fixtures.map((f) => JSON.parse(f).id as string) };
}

async function ledgerOf(paymentIds: string[]) {
  const rows = await db.ledgerTransaction.findMany({ where: { paymentId: { in: paymentIds } }, select: { key: true, entries: { select: { account: true, amount: true } } } });
  return Object.fromEntries(rows.map((r) => [r.key, Object.fromEntries(r.entries.map((e) => [e.account, e.amount]))]));
}

async function outboxFor(entityIds: string[]) {
  return db.$queryRaw<{ id: string; type: string; entityId: string; status: string }[]>`
    SELECT id, type, payload->'entity'->>'id' AS "entityId", status FROM "OutboxEvent" WHERE payload->'entity'->>'id' = ANY(${entityIds}) ORDER BY type, "createdAt"`;
}

describe("POST /api/webhooks/stripe — exactly once", () => {
  it.each(SEEDS)("applies every fixture once when each arrives three times, shuffled (seed %i)", async (seed) => {
    const { w, p, t, fixtures, eventIds } = await fixtureSet();
    expect(eventIds.map((id) => id.slice(`evt_${t}_`.length))).toEqual(FIXTURE_ORDER);
    const deliveries = shuffled([...fixtures, ...fixtures, ...fixtures], seed);
    const results = [];
    for (const payload of deliveries) results.push(await deliver(signedDelivery(payload)));
    expect(results.map((r) => r.status)).toEqual(deliveries.map(() => 200));
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(fixtures.length);
    expect(await db.processedWebhookEvent.count({ where: { id: { in: eventIds } } })).toBe(fixtures.length);

    const status = async (id: string) => db.payment.findUniqueOrThrow({ where: { id }, select: { status: true, capturedAmount: true, refundedAmount: true, platformFeeAmount: true, failureCode: true, paymentMethodRef: true } });
    expect(await status(p.auth.id)).toMatchObject({ status: "AUTHORIZED" });
    expect(await status(p.cap.id)).toMatchObject({ status: "CAPTURED", capturedAmount: 8500, platformFeeAmount: 1275 });
    expect(await status(p.ref.id)).toMatchObject({ status: "PARTIALLY_REFUNDED", capturedAmount: 8500, refundedAmount: 4000 });
    expect(await status(p.fail.id)).toMatchObject({ status: "FAILED", failureCode: "insufficient_funds" });
    expect(await status(p.cancel.id)).toMatchObject({ status: "CANCELED" });
    expect(await status(p.setup.id)).toMatchObject({ status: "CARD_SAVED", paymentMethodRef: `pm_${t}` });
    expect(await db.booking.findUniqueOrThrow({ where: { id: p.disp.bookingId! }, select: { disputedAt: true } })).toEqual({ disputedAt: expect.any(Date) });
    expect(await db.providerProfile.findUniqueOrThrow({ where: { id: w.provider.id }, select: { detailsSubmitted: true, payoutsEnabled: true } })).toEqual({ detailsSubmitted: true, payoutsEnabled: true });

    const payable = `provider_payable:${w.provider.id}`;
    expect(await ledgerOf(Object.values(p).map((x) => x.id))).toEqual({
      [`capture:${p.cap.id}`]: { processor_cash: 8500, [payable]: -7225, platform_revenue: -1275 },
      [`capture:${p.ref.id}`]: { processor_cash: 8500, [payable]: -7225, platform_revenue: -1275 },
      [`refund:${p.ref.id}:re_${t}_a`]: { [payable]: 2550, platform_revenue: 450, refunds: -3000 },
      [`refund:${p.ref.id}:re_${t}_b`]: { [payable]: 850, platform_revenue: 150, refunds: -1000 },
    });

    const events = await outboxFor([...Object.values(p).map((x) => x.id), w.provider.id]);
    expect(events.map((e) => `${e.type} ${e.entityId}`).sort()).toEqual([
      `payment.captured ${p.cap.id}`,
      `payment.captured ${p.ref.id}`,
      `payment.disputed ${p.disp.id}`,
      `payment.refunded ${p.ref.id}`,
      `payment.refunded ${p.ref.id}`,
      `provider.payouts_enabled ${w.provider.id}`,
    ].sort());

    // Handlers run once per event: every subscribed handler delivered once, one dispute email and notification.
    await settleDispatches();
    await deliverPendingEvents();
    for (const payload of fixtures) expect((await deliver(signedDelivery(payload))).body.duplicate).toBe(true);
    await settleDispatches();
    await deliverPendingEvents();
    for (const event of await outboxFor(events.map((e) => e.entityId))) {
      const deliveries = await db.eventDelivery.findMany({ where: { eventId: event.id }, select: { handler: true, status: true, attempts: true } });
      const handlers = subscriptions[event.type as keyof typeof subscriptions].map((h) => h.name);
      expect(deliveries.map((d) => d.handler).sort()).toEqual([...handlers].sort());
      expect(deliveries.every((d) => d.status === "DELIVERED" && d.attempts === 1)).toBe(true);
      expect(event.status).toBe("DELIVERED");
    }
    const disputeEmails = await db.emailMessage.findMany({ where: { to: w.provider.user.email, template: "payment-disputed-provider" }, select: { subject: true } });
    expect(disputeEmails).toEqual([{ subject: expect.stringContaining("Payment disputed") }]);
    expect(await db.notification.count({ where: { userId: w.provider.userId, type: "payment.disputed" } })).toBe(1);
    expect(await outboxFor(events.map((e) => e.entityId))).toHaveLength(6);
  });

  it("eight parallel copies of one event apply it once", async () => {
    const w = await webhookWorld();
    const t = w.token;
    const paid = await w.payment("AUTHORIZED", { intent: `pi_${t}_par` });
    refundsByCharge.set(`ch_${t}_par`, [refund(`re_${t}_par`, 2000, "succeeded", 1)]);
    const payload = stripeEvent(`evt_${t}_par`, "charge.refunded", charge(`ch_${t}_par`, { payment_intent: `pi_${t}_par`, amount: 8500, amount_captured: 8500, amount_refunded: 2000, application_fee_amount: 1275 }));

    const results = await Promise.all(Array.from({ length: 8 }, () => deliver(signedDelivery(payload))));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);
    expect(Object.keys(await ledgerOf([paid.id])).sort()).toEqual([`capture:${paid.id}`, `refund:${paid.id}:re_${t}_par`]);
    expect((await outboxFor([paid.id])).map((e) => e.type)).toEqual(["payment.captured", "payment.refunded"]);
    expect(await db.payment.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true, refundedAmount: true } })).toEqual({ status: "PARTIALLY_REFUNDED", refundedAmount: 2000 });
  });

  it("a crash in the middle of an effect records nothing, answers 500, and the redelivery does the work", async () => {
    const w = await webhookWorld();
    const t = w.token;
    const paid = await w.payment("AUTHORIZED", { intent: `pi_${t}_crash` });
    refundsByCharge.set(`ch_${t}_crash`, [refund(`re_${t}_crash`, 8500, "succeeded", 1)]);
    const payload = stripeEvent(`evt_${t}_crash`, "charge.refunded", charge(`ch_${t}_crash`, { payment_intent: `pi_${t}_crash`, amount: 8500, amount_captured: 8500, amount_refunded: 8500, application_fee_amount: 1275 }));

    // The capture posts, then the refund's posting blows up: the capture must roll back with it.
    ledgerPost.mockClear();
    ledgerPost.mockImplementationOnce(realPost).mockImplementationOnce(async () => {
      throw new Error("injected crash");
    });
    const crashed = await deliver(signedDelivery(payload));
    expect(crashed).toEqual({ status: 500, body: { error: { code: "INTERNAL", message: expect.any(String) } } });
    expect(ledgerPost).toHaveBeenCalledTimes(2);
    expect(await db.processedWebhookEvent.count({ where: { id: `evt_${t}_crash` } })).toBe(0);
    expect(await ledgerOf([paid.id])).toEqual({});
    expect(await outboxFor([paid.id])).toEqual([]);
    expect(await db.payment.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true } })).toEqual({ status: "AUTHORIZED" });

    expect(await deliver(signedDelivery(payload))).toEqual({ status: 200, body: { received: true, duplicate: false } });
    expect(Object.keys(await ledgerOf([paid.id])).sort()).toEqual([`capture:${paid.id}`, `refund:${paid.id}:re_${t}_crash`]);
    expect(await db.payment.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true } })).toEqual({ status: "REFUNDED" });
    expect(await deliver(signedDelivery(payload))).toEqual({ status: 200, body: { received: true, duplicate: true } });
  });

  it("a use-case refusal inside an effect is a 500 too (Stripe must redeliver), never a 4xx", async () => {
    const w = await webhookWorld();
    const paid = await w.payment("AUTHORIZED", { intent: `pi_${w.token}_refused` });
    const payload = stripeEvent(`evt_${w.token}_refused`, "payment_intent.succeeded", paymentIntent(`pi_${w.token}_refused`, { status: "succeeded", amount_received: 8500 }));
    ledgerPost.mockRejectedValueOnce(new AppError("INVALID_STATE", "refused"));
    expect((await deliver(signedDelivery(payload))).status).toBe(500);
    expect(await db.payment.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true } })).toEqual({ status: "AUTHORIZED" });
    expect((await deliver(signedDelivery(payload))).body).toEqual({ received: true, duplicate: false });
    expect(await db.payment.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true } })).toEqual({ status: "CAPTURED" });
  });

  it("the shuffle seeds above deliver each out-of-order pair both ways round", () => {
    const orders = SEEDS.map((seed) => shuffled([...FIXTURE_ORDER, ...FIXTURE_ORDER, ...FIXTURE_ORDER], seed));
    const before = (a: string, b: string) => orders.map((o) => o.indexOf(a) < o.indexOf(b));
    for (const [a, b] of [["ref-ch", "ref-pi"], ["cancel-auth", "cancel"], ["cap-late", "cap"]]) {
      expect(before(a, b)).toContain(true);
      expect(before(a, b)).toContain(false);
    }
  });
});

describe("POST /api/webhooks/stripe — signatures", () => {
  it("refuses bad, altered, stale and missing signatures with 400 and writes nothing", async () => {
    const w = await webhookWorld();
    const t = w.token;
    const paid = await w.payment("AUTHORIZED", { intent: `pi_${t}_sig` });
    const payload = stripeEvent(`evt_${t}_sig`, "payment_intent.succeeded", paymentIntent(`pi_${t}_sig`, { status: "succeeded", amount_received: 8500, application_fee_amount: 1275 }));
    const snapshot = async () => ({
      processed: await db.processedWebhookEvent.count({ where: { id: `evt_${t}_sig` } }),
      ledger: await db.ledgerTransaction.count({ where: { paymentId: paid.id } }),
      outbox: (await outboxFor([paid.id])).length,
      payment: await db.payment.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true, updatedAt: true } }),
    });
    const before = await snapshot();

    const altered = signedDelivery(payload);
    const tampered = new Request(altered.url, { method: "POST", headers: altered.headers, body: payload.replace('"amount_received":8500', '"amount_received":1') });
    const unsigned = new Request(altered.url, { method: "POST", body: payload });
    const attempts = [
      signedDelivery(payload, { secret: "whsec_someone_else" }),
      tampered,
      signedDelivery(payload, { timestamp: Math.floor(Date.now() / 1000) - 301 }),
      unsigned,
    ];
    for (const request of attempts) {
      const { status, body } = await deliver(request);
      expect(status).toBe(400);
      expect(body.error.code).toBe("BAD_REQUEST");
    }
    expect(await snapshot()).toEqual(before);

    // The same payload, properly signed and fresh, is accepted: the refusals above were about the signature.
    expect((await deliver(signedDelivery(payload))).status).toBe(200);
    expect((await snapshot()).ledger).toBe(1);
  });

  it("accepts either endpoint's secret when STRIPE_WEBHOOK_SECRET lists two (platform and Connect endpoints)", async () => {
    const secret = env.STRIPE_WEBHOOK_SECRET;
    env.STRIPE_WEBHOOK_SECRET = `whsec_platform_endpoint, ${WEBHOOK_SECRET}`;
    try {
      const payload = stripeEvent(`evt_two_secrets_${Date.now()}`, "customer.created", { id: "cus_x", object: "customer" });
      expect((await deliver(signedDelivery(payload, { secret: "whsec_platform_endpoint" }))).status).toBe(200);
      expect((await deliver(signedDelivery(payload))).body).toEqual({ received: true, duplicate: true });
      expect((await deliver(signedDelivery(payload, { secret: "whsec_neither" }))).status).toBe(400);
    } finally {
      env.STRIPE_WEBHOOK_SECRET = secret;
    }
  });

  it("answers 503 while no webhook secret is configured, so Stripe keeps the event", async () => {
    const secret = env.STRIPE_WEBHOOK_SECRET;
    env.STRIPE_WEBHOOK_SECRET = undefined;
    try {
      const response = await POST(signedDelivery(stripeEvent("evt_unconfigured", "customer.created", { id: "cus_x", object: "customer" })));
      expect(response.status).toBe(503);
      expect((await response.json()).error.code).toBe("UNAVAILABLE");
    } finally {
      env.STRIPE_WEBHOOK_SECRET = secret;
    }
  });
});
