import { db } from "../core/db";
import { env } from "../core/env";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { makeBooking, makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import type { SeededProvider } from "../../prisma/seed/builders";
import { TEST_CARD, TEST_CARD_AUTHENTICATE, TEST_CARD_DECLINED, TEST_CARD_INSUFFICIENT_FUNDS } from "../payments/test-cards";
import { testModeProcessor } from "../payments/test-mode-processor";
import { settleRescheduleFees } from "../payments/reschedule-fee";
import { ledgerAccounts } from "../ledger/accounts";
import { platformFee } from "../ledger/movements";
import { listProviderEarnings } from "../payouts/list-provider-earnings";
import { requestBooking } from "./request-booking";
import { rescheduleBooking } from "./reschedule-booking";

setupTestDatabase();

const HOUR = 3_600_000;
// Monday 7 January 2030; factory providers work Mon–Fri 09–17 New York (UTC−5).
const monday = new Date("2030-01-07T12:00:00Z");
const fri10 = "2030-01-11T15:00:00.000Z";
const fri13 = "2030-01-11T18:00:00.000Z";
const fri14 = "2030-01-11T19:00:00.000Z";
const fri15 = "2030-01-11T20:00:00.000Z";
/** Inside the 72 h fee window of every booking above, before the 24 h cutoff. */
const late = new Date(Date.parse(fri10) - 30 * HOUR);
const asProvider = (p: SeededProvider): Actor => ({ userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id });
const asCustomer = (userId: string): Actor => ({ userId, role: "CUSTOMER", isSuperAdmin: false, providerId: null });

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** 25 % of a 100.01 price within 72 h of the start (2 500), cutoff 24 h; paid by card at booking. */
async function world(card = TEST_CARD) {
  const p = await makeProvider({
    services: [{ priceAmount: 10_001, bookingMode: "INSTANT", minNoticeMin: 0, rescheduleCutoffHours: 24, rescheduleFeeWithinHours: 72, rescheduleFeePercent: 25 }],
  });
  const user = await makeCustomer();
  const customer = asCustomer(user.id);
  const { booking } = await requestBooking({ actor: customer, serviceId: p.services[0].id, start: fri10, paymentMethod: TEST_CARD, now: monday });
  // The card on the booking can stop working after the booking was paid (cancelled, out of funds).
  if (card !== TEST_CARD) await db.payment.update({ where: { bookingId: booking!.id }, data: { paymentMethodRef: card } });
  return { p, customer, booking: booking! };
}

// Fees made in one test share the injected clock, so the attempt number at the end of the id breaks the tie.
const feePayments = (bookingId: string) =>
  db.payment.findMany({ where: { kind: "RESCHEDULE_FEE", id: { startsWith: `pay_${bookingId}_` } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const intentOf = (ref: string) => db.testModeIntent.findUniqueOrThrow({ where: { id: ref } });

async function expectUnchanged(bookingId: string) {
  expect(await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).toMatchObject({ startsAt: new Date(fri10), rescheduleFeeAmount: 0, rescheduleCount: 0 });
  expect(await db.auditLog.count({ where: { entityId: bookingId, action: "booking.rescheduled" } })).toBe(0);
  const held = await db.payment.count({ where: { id: { startsWith: `pay_${bookingId}_` }, status: { in: ["AUTHORIZED", "CAPTURED"] } } });
  expect(held).toBe(0);
}

beforeAll(async () => {
  await makeCategoryTree();
});

afterEach(() => jest.restoreAllMocks());

describe("a reschedule with a fee charges the booking's card", () => {
  it("captures the fee as its own payment, credits the provider's ledger like booking revenue, and shows it on the booking", async () => {
    const { p, customer, booking } = await world();
    const moved = await rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri13, now: late });

    const [fee] = await feePayments(booking.id);
    expect(fee).toMatchObject({
      kind: "RESCHEDULE_FEE",
      feeBookingId: booking.id,
      bookingId: null,
      rescheduleNumber: 1,
      amount: 2_500,
      currency: "USD",
      status: "CAPTURED",
      capturedAmount: 2_500,
      platformFeeAmount: platformFee(2_500, env.PLATFORM_FEE_BPS),
      customerId: customer.userId,
      providerId: p.id,
    });
    const intent = await intentOf(fee.processorRef!);
    expect(intent).toMatchObject({ status: "succeeded", amount: 2_500, capturedAmount: 2_500, currency: "USD", idempotencyKey: `booking:${booking.id}:reschedule:1:fee:1` });
    // The booking's own payment still holds the price, untouched.
    expect(await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } })).toMatchObject({ status: "AUTHORIZED", amount: 10_001 });

    expect(moved).toMatchObject({ start: fri13, rescheduleFeeAmount: 2_500 });
    expect(moved.rescheduleFees).toEqual([expect.objectContaining({ id: fee.id, rescheduleNumber: 1, status: "CAPTURED", amount: 2_500, currency: "USD", testMode: true })]);

    const commission = platformFee(2_500, env.PLATFORM_FEE_BPS);
    const ledger = await db.ledgerTransaction.findUniqueOrThrow({ where: { key: `capture:${fee.id}` }, include: { entries: true } });
    const lines = Object.fromEntries(ledger.entries.map((e) => [e.account, e.amount]));
    expect(lines).toEqual({
      [ledgerAccounts.processorCash]: 2_500,
      [ledgerAccounts.providerPayable(p.id)]: -(2_500 - commission),
      [ledgerAccounts.platformRevenue]: -commission,
    });
    const earnings = await listProviderEarnings({ actor: asProvider(p) });
    expect(earnings.data).toContainEqual(
      expect.objectContaining({ kind: "capture", amount: 2_500 - commission, currency: "USD", paymentKind: "RESCHEDULE_FEE", payment: expect.objectContaining({ id: fee.id }), booking: expect.objectContaining({ id: booking.id }) }),
    );
  });

  it("charges each reschedule on its own: a second move is a second payment with its own key", async () => {
    const { customer, booking } = await world();
    await rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri13, now: late });
    const second = await rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri14, now: late });

    const fees = await feePayments(booking.id);
    expect(fees.map((f) => [f.rescheduleNumber, f.status, f.amount])).toEqual([
      [1, "CAPTURED", 2_500],
      [2, "CAPTURED", 2_500],
    ]);
    expect(fees[0].processorRef).not.toBe(fees[1].processorRef);
    expect((await intentOf(fees[1].processorRef!)).idempotencyKey).toBe(`booking:${booking.id}:reschedule:2:fee:1`);
    expect(second).toMatchObject({ start: fri14, rescheduleFeeAmount: 5_000 });
    expect(second.rescheduleFees.map((f) => f.rescheduleNumber)).toEqual([1, 2]);
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ rescheduleCount: 2 });
  });

  it("charges nothing when no fee is owed: before the window, or when the provider moves it", async () => {
    const { p, customer, booking } = await world();
    await rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri13, now: monday });
    await rescheduleBooking({ actor: asProvider(p), bookingId: booking.id, start: fri14, now: late });
    expect(await feePayments(booking.id)).toEqual([]);
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ startsAt: new Date(fri14), rescheduleFeeAmount: 0, rescheduleCount: 2 });
  });
});

describe("a fee that cannot be charged refuses the move and holds nothing", () => {
  it.each([
    [TEST_CARD_DECLINED, "card_declined", /declined/],
    [TEST_CARD_INSUFFICIENT_FUNDS, "insufficient_funds", /insufficient funds/],
  ])("declined card %s → 402 RESCHEDULE_FEE_DECLINED, the booking keeps its time", async (card, declineCode, message) => {
    const { customer, booking } = await world(card);
    const error = await expectAppError(rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri13, now: late }), "RESCHEDULE_FEE_DECLINED");
    expect(error.status).toBe(402);
    expect(error.message).toMatch(message);
    expect(error.details).toMatchObject({ reason: "DECLINED", declineCode, feeAmount: 2_500, currency: "USD" });
    await expectUnchanged(booking.id);
    expect((await feePayments(booking.id)).map((f) => f.status)).toEqual(["FAILED"]);
  });

  it("a card that needs authentication → 402 AUTHENTICATION_REQUIRED and the pending charge is cancelled", async () => {
    const { customer, booking } = await world(TEST_CARD_AUTHENTICATE);
    const error = await expectAppError(rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri13, now: late }), "RESCHEDULE_FEE_DECLINED");
    expect(error.details).toMatchObject({ reason: "AUTHENTICATION_REQUIRED" });
    await expectUnchanged(booking.id);
    const [fee] = await feePayments(booking.id);
    expect(fee.status).toBe("CANCELED");
    expect((await intentOf(fee.processorRef!)).status).toBe("canceled");
  });

  it("a booking with no card to charge is refused (409), not moved for free", async () => {
    const p = await makeProvider({ services: [{ minNoticeMin: 0 }] });
    const user = await makeCustomer();
    const unpaid = await makeBooking({ serviceId: p.services[0].id, customerId: user.id, startsAt: new Date(fri10), createdAt: monday });
    const row = await db.booking.findUniqueOrThrow({ where: { id: unpaid.id }, select: { policySnapshot: true } });
    await db.booking.update({
      where: { id: unpaid.id },
      data: { policySnapshot: { ...(row.policySnapshot as object), reschedule: { cutoffHours: 24, feeWithinHours: 72, feePercent: 25 } } },
    });
    const error = await expectAppError(rescheduleBooking({ actor: asCustomer(user.id), bookingId: unpaid.id, start: fri13, now: late }), "INVALID_STATE");
    expect(error.details).toMatchObject({ reason: "NO_CARD_FOR_RESCHEDULE_FEE" });
    await expectUnchanged(unpaid.id);
    expect(await feePayments(unpaid.id)).toEqual([]);
  });
});

describe("a move that fails after the fee was authorized takes no money", () => {
  it("slot taken while the card was charged → 409 SLOT_TAKEN, the hold is voided; the next try is a fresh charge", async () => {
    const { p, customer, booking } = await world();
    const other = await makeCustomer();
    const authorize = testModeProcessor.authorize.bind(testModeProcessor);
    jest.spyOn(testModeProcessor, "authorize").mockImplementationOnce(async (options) => {
      const result = await authorize(options);
      // Someone else books the wanted slot while the processor answers.
      await makeBooking({ serviceId: p.services[0].id, customerId: other.id, startsAt: new Date(fri13), status: "CONFIRMED", createdAt: monday });
      return result;
    });
    await expectAppError(rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri13, now: late }), "SLOT_TAKEN");
    await expectUnchanged(booking.id);
    const [voided] = await feePayments(booking.id);
    expect(voided).toMatchObject({ status: "CANCELED", failureCode: "SLOT_TAKEN", feeBookingId: null, capturedAmount: 0 });
    expect((await intentOf(voided.processorRef!)).status).toBe("canceled");
    expect(await db.ledgerTransaction.count({ where: { paymentId: voided.id } })).toBe(0);

    await rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri15, now: late });
    const fees = await feePayments(booking.id);
    expect(fees.map((f) => [f.rescheduleNumber, f.status])).toEqual([
      [1, "CANCELED"],
      [1, "CAPTURED"],
    ]);
    expect((await intentOf(fees[1].processorRef!)).idempotencyKey).toBe(`booking:${booking.id}:reschedule:1:fee:2`);
  });

  it("a capture that fails after the commit keeps the move; the scheduler captures the linked fee later", async () => {
    const { customer, booking } = await world();
    jest.spyOn(testModeProcessor, "capture").mockRejectedValueOnce(new Error("processor unavailable"));
    const moved = await rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri13, now: late });
    expect(moved).toMatchObject({ start: fri13, rescheduleFeeAmount: 2_500 });
    const [fee] = await feePayments(booking.id);
    expect(fee).toMatchObject({ status: "AUTHORIZED", feeBookingId: booking.id });

    await settleRescheduleFees({ now: late });
    expect(await db.payment.findUniqueOrThrow({ where: { id: fee.id } })).toMatchObject({ status: "CAPTURED", capturedAmount: 2_500 });
    expect(await db.ledgerTransaction.count({ where: { key: `capture:${fee.id}` } })).toBe(1);
  });
});

describe("who may move a booking with a fee", () => {
  it("another customer cannot (404), and nothing is charged", async () => {
    const { booking } = await world();
    const stranger = await makeCustomer();
    await expectAppError(rescheduleBooking({ actor: asCustomer(stranger.id), bookingId: booking.id, start: fri13, now: late }), "NOT_FOUND");
    await expectUnchanged(booking.id);
    expect(await feePayments(booking.id)).toEqual([]);
  });
});
