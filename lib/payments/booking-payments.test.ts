import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import { requestBooking } from "../bookings/request-booking";
import { confirmBooking } from "../bookings/confirm-booking";
import { completeBooking } from "../bookings/complete-booking";
import { autoCompleteBookings } from "../bookings/auto-complete-bookings";
import { confirmPayment } from "../bookings/confirm-payment";
import { assertChargeable } from "./start-booking-payment";
import { getPayment } from "./get-payment";
import { testAuthenticatePayment } from "./test-authenticate-payment";
import { TEST_CARD, TEST_CARD_AUTHENTICATE, TEST_CARD_DECLINED, TEST_CARD_INSUFFICIENT_FUNDS } from "./test-cards";
import {
  NOW,
  TUE10,
  TUE13,
  asProvider,
  at,
  customer,
  expectAppError,
  expectLedgerInvariants,
  intentOf,
  ledgerOf,
  payableOf,
  provider,
} from "./test-support";

setupTestDatabase();

const now = NOW;

describe("a paid booking: authorize → confirm → complete → capture", () => {
  it("authorizes the service's price, captures it on completion and credits the provider's payable balance", async () => {
    const p = await provider({ bookingMode: "REQUEST", priceAmount: 12_000 });
    const c = await customer();
    const { booking, payment } = await requestBooking({ actor: c, serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD, now });
    expect(booking).toMatchObject({ status: "REQUESTED", payment: { id: payment.id, status: "AUTHORIZED", amount: 12_000, currency: "USD", testMode: true } });
    expect(payment).toMatchObject({ status: "AUTHORIZED", amount: 12_000, capturedAmount: 0, bookingId: booking!.id });

    const row = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(row.authorizedAt).toEqual(now);
    expect(row.authorizationExpiresAt).toEqual(new Date(now.getTime() + 7 * 24 * 3_600_000));
    expect(row.processor).toBe("test-mode");
    expect((await intentOf(row.processorRef!)).status).toBe("requires_capture");
    expect(await ledgerOf(payment.id)).toEqual([]); // an authorization moves no money

    await confirmBooking({ actor: asProvider(p), bookingId: booking!.id, now });
    const completed = await completeBooking({ actor: asProvider(p), bookingId: booking!.id, now: at(TUE10, 2) });
    expect(completed.status).toBe("COMPLETED");
    expect(completed.payment).toMatchObject({ status: "CAPTURED", capturedAmount: 12_000, refundedAmount: 0 });

    const captured = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(captured).toMatchObject({ status: "CAPTURED", capturedAmount: 12_000, platformFeeAmount: 1_800 }); // 15 %
    expect(await intentOf(captured.processorRef!)).toMatchObject({ status: "succeeded", capturedAmount: 12_000 });
    expect(await ledgerOf(payment.id)).toEqual(
      expect.arrayContaining([
        { key: `capture:${payment.id}`, kind: "capture", account: "processor_cash", amount: 12_000, currency: "USD" },
        { key: `capture:${payment.id}`, kind: "capture", account: `provider_payable:${p.id}`, amount: -10_200, currency: "USD" },
        { key: `capture:${payment.id}`, kind: "capture", account: "platform_revenue", amount: -1_800, currency: "USD" },
      ]),
    );
    expect(await ledgerOf(payment.id)).toHaveLength(3);
    expect(await payableOf(p.id)).toBe(10_200);
    const events = await db.outboxEvent.findMany({ where: { type: "payment.captured", payload: { path: ["data", "paymentId"], equals: payment.id } } });
    expect(events.map((e) => (e.payload as { data: unknown }).data)).toEqual([{ paymentId: payment.id, amount: 12_000, currency: "USD" }]);
    await expectLedgerInvariants();
  });

  it("captures when the scheduler auto-completes the booking, once however often it runs", async () => {
    const p = await provider();
    const { booking, payment } = await requestBooking({ actor: await customer(), serviceId: p.services[0].id, start: TUE13, paymentMethod: TEST_CARD, now });
    const later = at(TUE13, 30);
    await autoCompleteBookings({ now: later, afterHours: 24 });
    await autoCompleteBookings({ now: later, afterHours: 24 });
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking!.id }, select: { status: true } })).toEqual({ status: "COMPLETED" });
    expect(await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: "CAPTURED", capturedAmount: 10_000, capturedAt: later });
    expect(await ledgerOf(payment.id)).toHaveLength(3);
    expect(await payableOf(p.id)).toBe(8_500);
    await expectLedgerInvariants();
  });

  it("lets only the provider (or an admin) complete, so nobody else can capture someone's payment", async () => {
    const p = await provider();
    const c = await customer();
    const { booking, payment } = await requestBooking({ actor: c, serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD, now });
    await expectAppError(completeBooking({ actor: c, bookingId: booking!.id, now: at(TUE10, 2) }), "FORBIDDEN");
    await expectAppError(completeBooking({ actor: await customer(), bookingId: booking!.id, now: at(TUE10, 2) }), "NOT_FOUND");
    await expectAppError(completeBooking({ actor: asProvider(await provider()), bookingId: booking!.id, now: at(TUE10, 2) }), "NOT_FOUND");
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("AUTHORIZED");
    expect(await ledgerOf(payment.id)).toEqual([]);
    await expectAppError(getPayment({ actor: await customer(), paymentId: payment.id }), "NOT_FOUND");
    expect((await getPayment({ actor: asProvider(p), paymentId: payment.id })).status).toBe("AUTHORIZED");
  });
});

describe("bad input writes nothing", () => {
  it("declined card: 402 with the card's message, no booking, no ledger", async () => {
    const p = await provider();
    const c = await customer();
    const error = await expectAppError(requestBooking({ actor: c, serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD_DECLINED, now }), "PAYMENT_FAILED");
    expect(error.status).toBe(402);
    expect(error.message).toBe("Your card was declined.");
    const { paymentId } = error.details as { paymentId: string };
    expect(await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "FAILED", bookingId: null, failureCode: "card_declined" });
    expect(await db.booking.count({ where: { providerId: p.id } })).toBe(0);
    expect(await ledgerOf(paymentId)).toEqual([]);
  });

  it("insufficient funds: 402 saying so, no booking", async () => {
    const p = await provider();
    const error = await expectAppError(
      requestBooking({ actor: await customer(), serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD_INSUFFICIENT_FUNDS, now }),
      "PAYMENT_FAILED",
    );
    expect(error.message).toBe("Your card has insufficient funds.");
    expect((error.details as { reason: string }).reason).toBe("insufficient_funds");
    expect(await db.booking.count({ where: { providerId: p.id } })).toBe(0);
  });

  it("ignores an amount or currency sent by the client: the service's price is charged", async () => {
    const p = await provider({ priceAmount: 10_000, currency: "USD" });
    const input = { serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD, amount: 1, currency: "JPY", priceAmount: 1 };
    const { payment } = await requestBooking({ actor: await customer(), now, ...input });
    expect(payment).toMatchObject({ amount: 10_000, currency: "USD" });
    const row = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(await intentOf(row.processorRef!)).toMatchObject({ amount: 10_000, currency: "USD" });
  });

  it("refuses a service without a positive price before any payment is written", async () => {
    const p = await provider({ priceAmount: 0 });
    const c = await customer();
    const error = await expectAppError(requestBooking({ actor: c, serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD, now }), "INVALID_STATE");
    expect(error.details).toEqual({ reason: "NOT_CHARGEABLE" });
    expect(await db.payment.count({ where: { customerId: c.userId } })).toBe(0);
    expect(await db.booking.count({ where: { customerId: c.userId } })).toBe(0);
    // The database refuses negative prices outright; the service-level rule refuses them too.
    expect(() => assertChargeable({ priceAmount: -500, currency: "USD" })).toThrow("no price");
    expect(() => assertChargeable({ priceAmount: 10.5, currency: "USD" })).toThrow("no price");
    expect(() => assertChargeable({ priceAmount: 100, currency: "usd" })).toThrow("currency");
  });

  it("refuses a provider who has not finished payout onboarding, with a clear message", async () => {
    const p = await provider({}, { payoutsEnabled: false });
    const c = await customer();
    const error = await expectAppError(requestBooking({ actor: c, serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD, now }), "INVALID_STATE");
    expect(error.message).toMatch(/can't take bookings yet/);
    expect(error.details).toEqual({ reason: "PROVIDER_NOT_ONBOARDED" });
    expect(await db.payment.count({ where: { customerId: c.userId } })).toBe(0);
  });

  it("requires a payment method", async () => {
    const p = await provider();
    const error = await expectAppError(requestBooking({ actor: await customer(), serviceId: p.services[0].id, start: TUE10, paymentMethod: " ", now }), "VALIDATION_FAILED");
    expect((error.details as { fields: Record<string, string[]> }).fields.paymentMethod).toBeDefined();
  });
});

describe("paying twice", () => {
  it("retrying the same request with the same card answers with the one payment and booking", async () => {
    const p = await provider();
    const c = await customer();
    const input = { actor: c, serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD, notes: "Side door", now };
    const first = await requestBooking(input);
    const again = await requestBooking(input);
    const concurrent = await Promise.all([requestBooking(input), requestBooking(input)]);
    for (const result of [again, ...concurrent]) {
      expect(result.payment.id).toBe(first.payment.id);
      expect(result.booking!.id).toBe(first.booking!.id);
    }
    expect(await db.payment.count({ where: { customerId: c.userId } })).toBe(1);
    expect(await db.booking.count({ where: { customerId: c.userId } })).toBe(1);
    expect(await db.testModeIntent.count({ where: { idempotencyKey: `payment:${first.payment.id}:authorize` } })).toBe(1);
  });

  it("two simultaneous attempts with different cards hold one booking; the loser's authorization is released", async () => {
    const p = await provider();
    const c = await customer();
    const attempts = await Promise.allSettled(
      ["4242 4242 4242 4242", TEST_CARD].map((card) => requestBooking({ actor: c, serviceId: p.services[0].id, start: TUE10, paymentMethod: card, now })),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const lost = attempts.find((a) => a.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason.code).toBe("SLOT_TAKEN");
    const payments = await db.payment.findMany({ where: { customerId: c.userId }, select: { status: true, bookingId: true, processorRef: true } });
    expect(payments.map((x) => x.status).sort()).toEqual(["AUTHORIZED", "CANCELED"]);
    const canceled = payments.find((x) => x.status === "CANCELED")!;
    expect(canceled.bookingId).toBeNull();
    expect((await intentOf(canceled.processorRef!)).status).toBe("canceled");
    expect(await db.booking.count({ where: { customerId: c.userId } })).toBe(1);
  });

  it("a booking cannot carry a second payment (Payment.bookingId is unique)", async () => {
    const p = await provider();
    const c = await customer();
    const { booking } = await requestBooking({ actor: c, serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD, now });
    const second = db.payment.create({
      data: { customerId: c.userId, providerId: p.id, amount: 10_000, currency: "USD", status: "AUTHORIZED", processor: "test-mode", bookingId: booking!.id },
    });
    await expect(second).rejects.toThrow(/Unique constraint|P2002|unique/i);
  });
});

describe("the authentication step (card …3220)", () => {
  async function startWithAuthentication() {
    const p = await provider();
    const c = await customer();
    const started = await requestBooking({ actor: c, serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD_AUTHENTICATE, now });
    return { p, c, started };
  }

  it("waits for the customer, then books once they approve", async () => {
    const { p, c, started } = await startWithAuthentication();
    expect(started.booking).toBeNull();
    expect(started.payment).toMatchObject({ status: "REQUIRES_ACTION", clientSecret: expect.any(String) });
    expect(await db.booking.count({ where: { providerId: p.id } })).toBe(0);

    // Only the payer can act on it.
    await expectAppError(testAuthenticatePayment({ actor: await customer(), paymentId: started.payment.id, approve: true }), "NOT_FOUND");
    await expectAppError(confirmPayment({ actor: asProvider(p), paymentId: started.payment.id }), "FORBIDDEN");

    await testAuthenticatePayment({ actor: c, paymentId: started.payment.id, approve: true });
    const confirmed = await confirmPayment({ actor: c, paymentId: started.payment.id, now });
    expect(confirmed.booking).toMatchObject({ status: "CONFIRMED", payment: { status: "AUTHORIZED" } });
    expect(confirmed.payment.status).toBe("AUTHORIZED");
    // Confirming again answers with the same booking.
    expect((await confirmPayment({ actor: c, paymentId: started.payment.id, now })).booking!.id).toBe(confirmed.booking!.id);
    expect(await db.booking.count({ where: { providerId: p.id } })).toBe(1);
  });

  it("fails cleanly when the customer fails the step: 402, no booking, no ledger", async () => {
    const { p, c, started } = await startWithAuthentication();
    await testAuthenticatePayment({ actor: c, paymentId: started.payment.id, approve: false });
    const error = await expectAppError(confirmPayment({ actor: c, paymentId: started.payment.id, now }), "PAYMENT_FAILED");
    expect(error.message).toBe("The card's authentication failed.");
    expect(await db.payment.findUniqueOrThrow({ where: { id: started.payment.id } })).toMatchObject({ status: "FAILED", bookingId: null });
    expect(await db.booking.count({ where: { providerId: p.id } })).toBe(0);
    expect(await ledgerOf(started.payment.id)).toEqual([]);
  });

  it("releases the authorization with 409 when the price changed while the customer authenticated", async () => {
    const { p, c, started } = await startWithAuthentication();
    await db.service.update({ where: { id: p.services[0].id }, data: { priceAmount: 15_000 } });
    await testAuthenticatePayment({ actor: c, paymentId: started.payment.id, approve: true });
    const error = await expectAppError(confirmPayment({ actor: c, paymentId: started.payment.id, now }), "CONFLICT");
    expect(error.details).toEqual({ reason: "PRICE_CHANGED" });
    const row = await db.payment.findUniqueOrThrow({ where: { id: started.payment.id } });
    expect(row).toMatchObject({ status: "CANCELED", bookingId: null, amount: 10_000 });
    expect((await intentOf(row.processorRef!)).status).toBe("canceled");
    expect(await db.booking.count({ where: { providerId: p.id } })).toBe(0);
  });

  it("releases the authorization with 409 when the time was taken while the customer authenticated", async () => {
    const { p, c, started } = await startWithAuthentication();
    const other = await requestBooking({ actor: await customer(), serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD, now });
    expect(other.booking!.status).toBe("CONFIRMED");

    await testAuthenticatePayment({ actor: c, paymentId: started.payment.id, approve: true });
    const error = await expectAppError(confirmPayment({ actor: c, paymentId: started.payment.id, now }), "SLOT_TAKEN");
    expect(error.status).toBe(409);
    const row = await db.payment.findUniqueOrThrow({ where: { id: started.payment.id } });
    expect(row).toMatchObject({ status: "CANCELED", bookingId: null, failureCode: "SLOT_TAKEN" });
    expect((await intentOf(row.processorRef!)).status).toBe("canceled");
    expect(await db.booking.count({ where: { providerId: p.id } })).toBe(1);
  });
});
