import { db } from "../core/db";
import { env } from "../core/env";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { platformFee } from "../ledger/movements";
import { startStripeStub, stripeError, type StripeStub } from "../testing/stripe-stub";
import { setupTestDatabase } from "../testing/test-database";
import { makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import { uniqueToken } from "../../prisma/seed/builders";
import { requestBooking } from "./request-booking";
import { rescheduleBooking } from "./reschedule-booking";

/**
 * The reschedule fee with STRIPE_SECRET_KEY set: the real `stripe` SDK against a local stub of
 * api.stripe.com; the assertions are on the requests it put on the wire.
 */
setupTestDatabase();

const HOUR = 3_600_000;
const monday = new Date("2030-01-07T12:00:00Z");
const fri10 = "2030-01-11T15:00:00.000Z";
const fri13 = "2030-01-11T18:00:00.000Z";
const late = new Date(Date.parse(fri10) - 30 * HOUR);
let stub: StripeStub;

const intent = (body: Record<string, unknown>) => ({ object: "payment_intent", client_secret: null, last_payment_error: null, ...body });
const isFee = (body: Record<string, string>) => body["metadata[purpose]"] === "reschedule_fee";

function scriptStripe({ declineFee = false } = {}) {
  stub.reset();
  stub.on("POST", "/v1/payment_intents", (req) => {
    if (isFee(req.body) && declineFee) {
      return stripeError(402, { type: "card_error", code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." });
    }
    return { body: intent({ id: `pi_${req.body["metadata[paymentId]"]}`, status: "requires_capture", amount: Number(req.body.amount), currency: req.body.currency }) };
  });
  stub.on("POST", /^\/v1\/payment_intents\/[^/]+\/capture$/, (req) => ({
    body: intent({ id: req.path.split("/")[3], status: "succeeded", amount_received: Number(req.body.amount_to_capture) }),
  }));
}

beforeAll(async () => {
  stub = await startStripeStub();
  Object.assign(env, {
    STRIPE_SECRET_KEY: "sk_test_reschedule_fee",
    STRIPE_PUBLISHABLE_KEY: "pk_test_reschedule_fee",
    STRIPE_API_HOST: stub.host,
    STRIPE_API_PORT: stub.port,
    STRIPE_API_PROTOCOL: stub.protocol,
  });
  await makeCategoryTree();
});
afterAll(() => stub.close());

/** A booking paid on Stripe with a card saved to the customer, 25 % reschedule fee within 72 h. */
async function bookedOnStripe() {
  const accountId = `acct_${uniqueToken()}`;
  const p = await makeProvider({
    services: [{ priceAmount: 10_001, bookingMode: "INSTANT", minNoticeMin: 0, rescheduleCutoffHours: 24, rescheduleFeeWithinHours: 72, rescheduleFeePercent: 25 }],
  });
  await db.providerProfile.update({ where: { id: p.id }, data: { stripeAccountId: accountId } });
  const user = await makeCustomer();
  const customerRef = `cus_${uniqueToken()}`;
  await db.user.update({ where: { id: user.id }, data: { stripeCustomerId: customerRef } });
  const customer: Actor = { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
  const { booking } = await requestBooking({ actor: customer, serviceId: p.services[0].id, start: fri10, paymentMethod: "pm_card_visa", now: monday });
  return { customer, booking: booking!, accountId, customerRef };
}

describe("the reschedule fee on Stripe", () => {
  it("is an off-session destination charge on the booking's card, captured at once with the platform fee", async () => {
    scriptStripe();
    const s = await bookedOnStripe();
    await rescheduleBooking({ actor: s.customer, bookingId: s.booking.id, start: fri13, now: late });

    const [feeIntent] = stub.requestsTo("POST", "/v1/payment_intents").filter((r) => isFee(r.body));
    expect(feeIntent.idempotencyKey).toBe(`booking:${s.booking.id}:reschedule:1:fee:1`);
    expect(feeIntent.body).toMatchObject({
      amount: "2500",
      currency: "usd",
      capture_method: "manual",
      confirm: "true",
      off_session: "true",
      customer: s.customerRef,
      payment_method: "pm_card_visa",
      "transfer_data[destination]": s.accountId,
      "metadata[bookingId]": s.booking.id,
      "metadata[rescheduleNumber]": "1",
    });
    const fee = await db.payment.findFirstOrThrow({ where: { feeBookingId: s.booking.id } });
    const [capture] = stub.requestsTo("POST", `/v1/payment_intents/${fee.processorRef}/capture`);
    expect(capture.body).toMatchObject({ amount_to_capture: "2500", application_fee_amount: String(platformFee(2_500, env.PLATFORM_FEE_BPS)) });
    expect(capture.idempotencyKey).toBe(`payment:${fee.id}:capture`);
    expect(fee).toMatchObject({ kind: "RESCHEDULE_FEE", processor: "stripe", status: "CAPTURED", capturedAmount: 2_500 });
  });

  it("charges the card of a customer's first booking: kept at booking on a Stripe customer made for them", async () => {
    scriptStripe();
    stub.on("POST", "/v1/customers", (req) => ({ body: { id: `cus_for_${req.idempotencyKey}`, object: "customer" } }));
    const p = await makeProvider({
      services: [{ priceAmount: 10_001, bookingMode: "INSTANT", minNoticeMin: 0, rescheduleCutoffHours: 24, rescheduleFeeWithinHours: 72, rescheduleFeePercent: 25 }],
    });
    const user = await makeCustomer();
    const customer: Actor = { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
    const { booking } = await requestBooking({ actor: customer, serviceId: p.services[0].id, start: fri10, paymentMethod: "pm_card_visa", now: monday });

    const made = `cus_for_user:${user.id}:customer`;
    const [bookingIntent] = stub.requestsTo("POST", "/v1/payment_intents");
    expect(bookingIntent.body).toMatchObject({ customer: made, setup_future_usage: "off_session", payment_method: "pm_card_visa" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { stripeCustomerId: true } })).toEqual({ stripeCustomerId: made });

    await rescheduleBooking({ actor: customer, bookingId: booking!.id, start: fri13, now: late });
    const [feeIntent] = stub.requestsTo("POST", "/v1/payment_intents").filter((r) => isFee(r.body));
    expect(feeIntent.body).toMatchObject({ customer: made, payment_method: "pm_card_visa", off_session: "true" });
    expect(stub.requestsTo("POST", "/v1/customers")).toHaveLength(1);
  });

  it("a card error refuses the move with 402 and captures nothing", async () => {
    scriptStripe({ declineFee: true });
    const s = await bookedOnStripe();
    const error = await rescheduleBooking({ actor: s.customer, bookingId: s.booking.id, start: fri13, now: late }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "RESCHEDULE_FEE_DECLINED", details: { reason: "DECLINED", declineCode: "insufficient_funds" } });
    expect(await db.booking.findUniqueOrThrow({ where: { id: s.booking.id } })).toMatchObject({ startsAt: new Date(fri10), rescheduleFeeAmount: 0 });
    expect(stub.requestsTo("POST", /\/capture$/)).toEqual([]);
    expect(await db.payment.findMany({ where: { kind: "RESCHEDULE_FEE", id: { startsWith: `pay_${s.booking.id}_` } }, select: { status: true } })).toEqual([{ status: "FAILED" }]);
  });
});
