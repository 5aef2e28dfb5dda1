import type Stripe from "stripe";
import { db } from "../../core/db";
import { transactional } from "../../events/transactional";
import { makeCategoryTree } from "../../testing/factories";
import { startStripeStub, type StripeStub } from "../../testing/stripe-stub";
import { setupTestDatabase } from "../../testing/test-database";
import { createStripeClient } from "../stripe-processor";
import { recordPaymentCapture } from "../record-payment-capture";
import { recordPaymentRefund } from "../record-payment-refund";
import { processStripeEvent } from "./process-stripe-event";
import { charge, paymentIntent, refund, stripeEvent, webhookWorld } from "./test-fixtures";

/**
 * Effect semantics one case at a time, through processStripeEvent with a Stripe client on the
 * local stub: the synchronous path and the webhook racing for one movement, late facts, and the
 * lookups by metadata.
 */
setupTestDatabase();

let stub: StripeStub;
let stripe: Stripe;
const refunds = new Map<string, Stripe.Refund[]>();
const accounts = new Map<string, { details_submitted: boolean; payouts_enabled: boolean }>();

beforeAll(async () => {
  stub = await startStripeStub();
  stub.on("GET", "/v1/refunds", (req) => ({ body: { object: "list", url: "/v1/refunds", has_more: false, data: refunds.get(req.query.charge) ?? [] } }));
  stub.on("GET", /^\/v1\/accounts\//, (req) => ({ body: { id: req.path.split("/").pop(), object: "account", ...accounts.get(req.path.split("/").pop() ?? "") } }));
  stripe = createStripeClient({ secretKey: "sk_test_effects", host: stub.host, port: stub.port, protocol: stub.protocol });
});
afterAll(() => stub.close());

let n = 0;
const processEvent = (type: string, object: Record<string, unknown>) => processStripeEvent(JSON.parse(stripeEvent(`evt_fx_${Date.now()}_${++n}_${Math.random()}`, type, object)), { stripe });
const paymentRow = (id: string) =>
  db.payment.findUniqueOrThrow({ where: { id }, select: { status: true, processorRef: true, setupIntentRef: true, paymentMethodRef: true, capturedAmount: true, refundedAmount: true, platformFeeAmount: true } });
const ledgerKeys = async (paymentId: string) => (await db.ledgerTransaction.findMany({ where: { paymentId }, select: { key: true } })).map((r) => r.key).sort();
const eventsOf = async (entityId: string) => (await db.auditLog.findMany({ where: { entityId, action: { startsWith: "payment." } }, select: { action: true } })).map((r) => r.action).sort();

/** What the synchronous capture and refund record once the processor answered (lib/payments/capture-payment.ts and co.). */
const syncCapture = (paymentId: string, amount: number) => transactional((tx) => recordPaymentCapture(tx, { paymentId, amount }));
const syncRefund = (paymentId: string, refundRef: string, amount: number) => transactional((tx) => recordPaymentRefund(tx, { paymentId, refundRef, amount }));

describe("the synchronous path and the webhook, whichever comes first", () => {
  it("a capture recorded synchronously makes payment_intent.succeeded a no-op, and the other way round", async () => {
    const w = await webhookWorld();
    const first = await w.payment("AUTHORIZED", { intent: `pi_${w.token}_1` });
    expect(await syncCapture(first.id, 8500)).toBe(true);
    await processEvent("payment_intent.succeeded", paymentIntent(`pi_${w.token}_1`, { status: "succeeded", amount_received: 8500, application_fee_amount: 1275 }));
    expect(await ledgerKeys(first.id)).toEqual([`capture:${first.id}`]);
    expect(await eventsOf(first.id)).toEqual(["payment.captured"]);

    const second = await w.payment("AUTHORIZED", { intent: `pi_${w.token}_2` });
    await processEvent("payment_intent.succeeded", paymentIntent(`pi_${w.token}_2`, { status: "succeeded", amount_received: 6000, application_fee_amount: 900 }));
    expect(await syncCapture(second.id, 6000)).toBe(false);
    expect(await paymentRow(second.id)).toMatchObject({ status: "CAPTURED", capturedAmount: 6000, platformFeeAmount: 900 });
    expect(await eventsOf(second.id)).toEqual(["payment.captured"]);
  });

  it("a refund recorded synchronously is not posted again by charge.refunded; the others are", async () => {
    const w = await webhookWorld();
    const paid = await w.payment("AUTHORIZED", { intent: `pi_${w.token}` });
    await syncCapture(paid.id, 8500);
    expect(await syncRefund(paid.id, `re_${w.token}_1`, 1000)).toBe(true);
    refunds.set(`ch_${w.token}`, [refund(`re_${w.token}_1`, 1000, "succeeded", 1), refund(`re_${w.token}_2`, 7500, "succeeded", 2)]);
    await processEvent("charge.refunded", charge(`ch_${w.token}`, { payment_intent: `pi_${w.token}`, amount_captured: 8500, amount_refunded: 8500, application_fee_amount: 1275 }));

    expect(await ledgerKeys(paid.id)).toEqual([`capture:${paid.id}`, `refund:${paid.id}:re_${w.token}_1`, `refund:${paid.id}:re_${w.token}_2`].sort());
    expect(await paymentRow(paid.id)).toMatchObject({ status: "REFUNDED", refundedAmount: 8500 });
    expect(await eventsOf(paid.id)).toEqual(["payment.captured", "payment.refunded", "payment.refunded"]);
    // Fee reversed pro rata, never past the fee: 150 + 1125 = 1275.
    const fee = await db.ledgerEntry.aggregate({ where: { account: "platform_revenue", transaction: { paymentId: paid.id } }, _sum: { amount: true } });
    expect(fee._sum.amount).toBe(0);
  });


  it("a bounty's escrow is captured under escrow:<paymentId> (the key lib/bounties uses) and held, not earned", async () => {
    const w = await webhookWorld();
    const categories = await makeCategoryTree();
    const bounty = await db.bounty.create({
      data: { posterId: w.customer.id, categoryId: Object.values(categories)[0], title: "Fix a fence", description: "Two panels", budgetAmount: 20000, currency: "USD", dueAt: new Date("2031-05-01T00:00:00Z") },
      select: { id: true },
    });
    const escrow = await db.payment.create({
      data: { id: `bpay_${bounty.id}`, bountyId: bounty.id, customerId: w.customer.id, providerId: w.provider.id, amount: 20000, currency: "USD", status: "AUTHORIZED", processor: "stripe", processorRef: `pi_${w.token}_bounty` },
      select: { id: true },
    });
    await processEvent("payment_intent.succeeded", paymentIntent(`pi_${w.token}_bounty`, { status: "succeeded", amount_received: 20000 }));
    const entries = await db.ledgerEntry.findMany({ where: { transaction: { paymentId: escrow.id } }, select: { account: true, amount: true, transaction: { select: { key: true } } } });
    expect(entries.map((e) => [e.transaction.key, e.account, e.amount]).sort()).toEqual([
      [`escrow:${escrow.id}`, "customer_funds_held", -20000],
      [`escrow:${escrow.id}`, "processor_cash", 20000],
    ]);
    expect(await paymentRow(escrow.id)).toMatchObject({ status: "CAPTURED", capturedAmount: 20000, platformFeeAmount: 0 });
  });
});

describe("late and out-of-order facts", () => {
  it("a late authorization changes nothing after a capture or a cancellation", async () => {
    const w = await webhookWorld();
    const captured = await w.payment("AUTHORIZED", { intent: `pi_${w.token}_c` });
    await syncCapture(captured.id, 8500);
    const canceled = await w.payment("CANCELED", { intent: `pi_${w.token}_x` });
    for (const name of ["c", "x"]) {
      await processEvent("payment_intent.amount_capturable_updated", paymentIntent(`pi_${w.token}_${name}`, { status: "requires_capture", amount_capturable: 8500 }));
    }
    expect((await paymentRow(captured.id)).status).toBe("CAPTURED");
    expect((await paymentRow(canceled.id)).status).toBe("CANCELED");
  });

  it("does not settle a payment whose booking request is not written yet, but a decline still fails it", async () => {
    const w = await webhookWorld();
    const waiting = await w.payment("REQUIRES_ACTION", { intent: `pi_${w.token}_w`, linked: false });
    await processEvent("payment_intent.amount_capturable_updated", paymentIntent(`pi_${w.token}_w`, { status: "requires_capture" }));
    expect((await paymentRow(waiting.id)).status).toBe("REQUIRES_ACTION");
    await processEvent("payment_intent.payment_failed", paymentIntent(`pi_${w.token}_w`, { status: "requires_payment_method", last_payment_error: { code: "card_declined", message: "Declined" } }));
    expect((await paymentRow(waiting.id)).status).toBe("FAILED");
  });

  it("reopens a failed off-session authorization when the customer authenticates while the booking is open", async () => {
    const w = await webhookWorld();
    const paid = await w.payment("FAILED", { intent: `pi_${w.token}` });
    await processEvent("payment_intent.amount_capturable_updated", paymentIntent(`pi_${w.token}`, { status: "requires_capture" }));
    expect((await paymentRow(paid.id)).status).toBe("AUTHORIZED");

    const closed = await w.payment("FAILED", { intent: `pi_${w.token}_closed` });
    await db.booking.update({ where: { id: closed.bookingId! }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await processEvent("payment_intent.amount_capturable_updated", paymentIntent(`pi_${w.token}_closed`, { status: "requires_capture" }));
    expect((await paymentRow(closed.id)).status).toBe("FAILED");
  });
});

describe("lookups and the other effects", () => {
  it("finds a payment by metadata before its intent id was stored, never one that has another intent", async () => {
    const w = await webhookWorld();
    const fresh = await w.payment("CARD_SAVED");
    await processEvent("payment_intent.amount_capturable_updated", paymentIntent(`pi_${w.token}_off`, { status: "requires_capture", metadata: { paymentId: fresh.id } }));
    expect(await paymentRow(fresh.id)).toMatchObject({ status: "AUTHORIZED", processorRef: `pi_${w.token}_off` });

    const other = await w.payment("AUTHORIZED", { intent: `pi_${w.token}_mine` });
    await processEvent("payment_intent.canceled", paymentIntent(`pi_${w.token}_stray`, { status: "canceled", metadata: { paymentId: other.id } }));
    expect(await paymentRow(other.id)).toMatchObject({ status: "AUTHORIZED", processorRef: `pi_${w.token}_mine` });
  });

  it("stores a saved card even before the booking exists, and moves to CARD_SAVED once it does", async () => {
    const w = await webhookWorld();
    const unlinked = await w.payment("PENDING", { linked: false });
    await processEvent("setup_intent.succeeded", { id: `seti_${w.token}`, object: "setup_intent", status: "succeeded", payment_method: `pm_${w.token}`, metadata: { paymentId: unlinked.id } });
    expect(await paymentRow(unlinked.id)).toMatchObject({ status: "PENDING", setupIntentRef: `seti_${w.token}`, paymentMethodRef: `pm_${w.token}` });

    const linked = await w.payment("REQUIRES_ACTION", { setup: `seti_${w.token}_b` });
    await processEvent("setup_intent.succeeded", { id: `seti_${w.token}_b`, object: "setup_intent", status: "succeeded", payment_method: `pm_${w.token}_b` });
    expect(await paymentRow(linked.id)).toMatchObject({ status: "CARD_SAVED", paymentMethodRef: `pm_${w.token}_b` });
  });

  it("marks a dispute once per booking, and ignores events for payments Hearth does not know", async () => {
    const w = await webhookWorld();
    const paid = await w.payment("CAPTURED", { intent: `pi_${w.token}` });
    const dispute = (id: string) => ({ id, object: "dispute", amount: 8500, charge: `ch_${w.token}`, payment_intent: `pi_${w.token}`, status: "needs_response" });
    await processEvent("charge.dispute.created", dispute(`dp_${w.token}_1`));
    await processEvent("charge.dispute.created", dispute(`dp_${w.token}_2`));
    expect(await eventsOf(paid.id)).toEqual(["payment.disputed"]);
    await expect(processEvent("payment_intent.succeeded", paymentIntent(`pi_${w.token}_unknown`, { status: "succeeded", amount_received: 100 }))).resolves.toEqual({ duplicate: false });
    // Someone else's charge or account costs no call to Stripe.
    await processEvent("charge.refunded", charge(`ch_${w.token}_unknown`, { payment_intent: `pi_${w.token}_unknown`, amount_captured: 100 }));
    await processEvent("account.updated", { id: `acct_${w.token}_unknown`, object: "account" });
    expect(stub.requests.filter((r) => r.query.charge === `ch_${w.token}_unknown` || r.path.endsWith(`acct_${w.token}_unknown`))).toEqual([]);
  });

  it("account.updated writes the account's current state from Stripe, whatever order the events came in", async () => {
    const w = await webhookWorld();
    const event = (payoutsEnabled: boolean) => ({ id: w.accountId, object: "account", details_submitted: true, payouts_enabled: payoutsEnabled });
    const profile = () => db.providerProfile.findUniqueOrThrow({ where: { id: w.provider.id }, select: { detailsSubmitted: true, payoutsEnabled: true } });
    const enabledEvents = () => db.auditLog.count({ where: { entityId: w.provider.id, action: "provider.payouts_enabled" } });

    accounts.set(w.accountId, { details_submitted: true, payouts_enabled: false });
    await processEvent("account.updated", event(true)); // a newer event's snapshot, but Stripe now says false
    expect(await profile()).toEqual({ detailsSubmitted: true, payoutsEnabled: false });
    accounts.set(w.accountId, { details_submitted: true, payouts_enabled: true });
    await processEvent("account.updated", event(false)); // a stale snapshot arriving late
    await processEvent("account.updated", event(true));
    expect(await profile()).toEqual({ detailsSubmitted: true, payoutsEnabled: true });
    expect(await enabledEvents()).toBe(1);
  });
});
