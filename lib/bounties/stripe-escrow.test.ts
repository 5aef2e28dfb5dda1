import { db } from "../core/db";
import { env } from "../core/env";
import { platformFee } from "../ledger/movements";
import { startStripeStub, stripeError, type StripeStub } from "../testing/stripe-stub";
import { setupTestDatabase } from "../testing/test-database";
import { uniqueToken } from "../../prisma/seed/builders";
import { acceptOffer } from "./accept-offer";
import { approveWork } from "./approve-work";
import { disputeBounty } from "./dispute-bounty";
import { getBounty } from "./get-bounty";
import { resolveDispute } from "./resolve-dispute";
import { settleBountyEscrows } from "./settle-bounty-escrows";
import { submitWork } from "./submit-work";
import { admin, appError, bidder, later, offerOn, paymentLedger, post, poster, setEra } from "./test-helpers";

/**
 * The bounty escrow with STRIPE_SECRET_KEY set: the real `stripe` SDK talks to a local stub of
 * api.stripe.com, and the assertions are on the requests it put on the wire. The escrow is a
 * platform charge (no destination), captured at accept; on release the provider's share goes out
 * as a transfer from that charge (source_transaction) to their connected account.
 */
setupTestDatabase();
// No scheduler ticks here (only the grace-guarded settle job): an era after every tick, before the board test's.
setEra("2036-04-04T12:00:00Z");

const HOUR = 3_600_000;
const fee = (amount: number) => platformFee(amount, env.PLATFORM_FEE_BPS);
const REASON = "The gate still squeaks and the latch is broken now.";
let stub: StripeStub;
let transfers = 0;
let refunds = 0;

function scriptStripe() {
  stub.reset();
  stub.on("POST", "/v1/payment_intents", (req) => ({
    body: { id: `pi_${req.body["metadata[bountyId]"]}`, object: "payment_intent", status: "requires_capture", amount: Number(req.body.amount), currency: req.body.currency, client_secret: null, last_payment_error: null },
  }));
  stub.on("POST", /^\/v1\/payment_intents\/[^/]+\/capture$/, (req) => ({
    body: { id: req.path.split("/")[3], object: "payment_intent", status: "succeeded", amount_received: Number(req.body.amount_to_capture) },
  }));
  stub.on("GET", /^\/v1\/payment_intents\/[^/]+$/, (req) => ({
    body: { id: req.path.split("/")[3], object: "payment_intent", status: "succeeded", latest_charge: `ch_${req.path.split("/")[3]}` },
  }));
  stub.on("POST", "/v1/transfers", (req) => ({ body: { id: `tr_${++transfers}_${uniqueToken()}`, object: "transfer", amount: Number(req.body.amount) } }));
  stub.on("POST", "/v1/refunds", (req) => ({ body: { id: `re_${++refunds}_${uniqueToken()}`, object: "refund", amount: Number(req.body.amount), status: "succeeded" } }));
}

beforeAll(async () => {
  stub = await startStripeStub();
  Object.assign(env, {
    STRIPE_SECRET_KEY: "sk_test_bounty_escrow",
    STRIPE_PUBLISHABLE_KEY: "pk_test_bounty_escrow",
    STRIPE_API_HOST: stub.host,
    STRIPE_API_PORT: stub.port,
    STRIPE_API_PROTOCOL: stub.protocol,
  });
});
afterAll(() => stub.close());
beforeEach(scriptStripe);

/** A paid bounty given, through Stripe, to a provider with a connected account. */
async function assignedOnStripe() {
  const p = await poster();
  const accountId = `acct_${uniqueToken()}`;
  const provider = await bidder({ stripeAccountId: accountId });
  const bounty = await post(p);
  const offered = await offerOn(provider, bounty.id);
  expect((await getBounty({ actor: p, bountyId: bounty.id })).cardForm).toEqual({ mode: "stripe-elements", publishableKey: "pk_test_bounty_escrow" });
  await acceptOffer({ actor: p, bountyId: bounty.id, offerId: offered.myOffer!.id, paymentMethod: "pm_card_visa", now: later(0) });
  await submitWork({ actor: provider, bountyId: bounty.id, notes: "New hinges fitted, latch adjusted.", now: later(1) });
  return { poster: p, provider, accountId, bountyId: bounty.id, paymentId: `bpay_${bounty.id}` };
}

const transferRequests = (bountyId: string) => stub.requestsTo("POST", "/v1/transfers").filter((r) => r.body["metadata[bountyId]"] === bountyId);

describe("the escrow on Stripe", () => {
  it("charges the platform at accept, and on approval transfers the provider's share from that charge", async () => {
    const s = await assignedOnStripe();
    const [authorize] = stub.requestsTo("POST", "/v1/payment_intents");
    expect(authorize.body).toMatchObject({ amount: "18000", currency: "usd", capture_method: "manual", payment_method: "pm_card_visa", transfer_group: `bounty_${s.bountyId}` });
    expect(authorize.body).not.toHaveProperty("transfer_data[destination]");
    const [capture] = stub.requestsTo("POST", `/v1/payment_intents/pi_${s.bountyId}/capture`);
    expect(capture.body).toEqual({ amount_to_capture: "18000" });

    await approveWork({ actor: s.poster, bountyId: s.bountyId, now: later(2) });
    const share = 18_000 - fee(18_000);
    const sent = transferRequests(s.bountyId);
    expect(sent).toHaveLength(1);
    expect(sent[0].idempotencyKey).toBe(`bounty:${s.bountyId}:transfer`);
    expect(sent[0].body).toEqual({
      amount: String(share),
      currency: "usd",
      destination: s.accountId,
      source_transaction: `ch_pi_${s.bountyId}`,
      transfer_group: `bounty_${s.bountyId}`,
      "metadata[paymentId]": s.paymentId,
      "metadata[bountyId]": s.bountyId,
    });
    expect(await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { processor: true, transferRef: true, transferredAmount: true } })).toEqual({
      processor: "stripe",
      transferRef: expect.stringMatching(/^tr_/),
      transferredAmount: share,
    });
    expect((await getBounty({ actor: s.provider, bountyId: s.bountyId })).payment).toMatchObject({ testMode: false, transferredAmount: share });
  });

  it("a dispute split refunds the poster from the platform charge (nothing to reverse) and transfers the rest", async () => {
    const s = await assignedOnStripe();
    await disputeBounty({ actor: s.poster, bountyId: s.bountyId, reason: REASON, now: later(2) });
    await resolveDispute({ actor: await admin(), bountyId: s.bountyId, outcome: "partial_refund", refundAmount: 5_000, now: later(3) });
    const refundsSent = stub.requestsTo("POST", "/v1/refunds").filter((r) => r.body.payment_intent === `pi_${s.bountyId}`);
    expect(refundsSent.map((r) => [r.body, r.idempotencyKey])).toEqual([[{ payment_intent: `pi_${s.bountyId}`, amount: "5000" }, `bounty:${s.bountyId}:refund:1`]]);
    expect(transferRequests(s.bountyId).map((r) => [r.body.amount, r.body.destination])).toEqual([[String(13_000 - fee(13_000)), s.accountId]]);
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 0, refunded: 5_000, released: 13_000 });
  });

  it("a transfer Stripe fails leaves the approval standing; the settle job retries it with the same key until it goes, once", async () => {
    const s = await assignedOnStripe();
    const down = stripeError(500, { type: "api_error", message: "Stripe is having a moment" });
    stub.on("POST", "/v1/transfers", down, down, down, { body: { id: `tr_late_${uniqueToken()}`, object: "transfer" } });
    const done = await approveWork({ actor: s.poster, bountyId: s.bountyId, now: later(2) });
    expect(done.status).toBe("COMPLETED");
    expect(transferRequests(s.bountyId)).toHaveLength(3); // the SDK's two network retries, same key
    expect((await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { transferRef: true } })).transferRef).toBeNull();

    const hourAgo = new Date(Date.now() - HOUR);
    await db.$executeRaw`UPDATE "Bounty" SET "updatedAt" = ${hourAgo} WHERE id = ${s.bountyId}`;
    await db.$executeRaw`UPDATE "Payment" SET "updatedAt" = ${hourAgo} WHERE id = ${s.paymentId}`;
    await settleBountyEscrows();
    await settleBountyEscrows();
    const sent = transferRequests(s.bountyId);
    expect(sent).toHaveLength(4);
    expect(new Set(sent.map((r) => r.idempotencyKey))).toEqual(new Set([`bounty:${s.bountyId}:transfer`]));
    expect((await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { transferRef: true } })).transferRef).toMatch(/^tr_late_/);
  });

  it("never authorizes a card for a provider who has no payouts-enabled connected account", async () => {
    const p = await poster();
    const provider = await bidder({ stripeAccountId: `acct_${uniqueToken()}` });
    const bounty = await post(p);
    const offered = await offerOn(provider, bounty.id);
    await db.providerProfile.update({ where: { id: provider.providerId }, data: { payoutsEnabled: false } });
    const error = await appError(acceptOffer({ actor: p, bountyId: bounty.id, offerId: offered.myOffer!.id, paymentMethod: "pm_card_visa", now: later(0) }));
    expect(error.details).toMatchObject({ reason: "PROVIDER_NOT_ONBOARDED" });
    expect(stub.requestsTo("POST", "/v1/payment_intents")).toEqual([]);

    const noAccount = await bidder({ payoutsEnabled: true, stripeAccountId: null });
    expect((await appError(offerOn(noAccount, bounty.id))).details).toMatchObject({ reason: "PROVIDER_NOT_ONBOARDED" });
  });
});
