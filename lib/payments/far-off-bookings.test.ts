import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import { settleDispatches } from "../events/dispatch";
import { requestBooking } from "../bookings/request-booking";
import { cancelBooking } from "../bookings/cancel-booking";
import { completeBooking } from "../bookings/complete-booking";
import { authorizeSavedCards } from "../bookings/authorize-saved-cards";
import { cancelUnpaidBookings } from "../bookings/cancel-unpaid-bookings";
import { confirmPayment } from "../bookings/confirm-payment";
import { sweepAbandonedPayments } from "./sweep-abandoned-payments";
import { testAuthenticatePayment } from "./test-authenticate-payment";
import { TEST_CARD, TEST_CARD_AUTHENTICATE } from "./test-cards";
import { HOUR, NOW, asProvider, at, customer, expectLedgerInvariants, intentOf, ledgerOf, payableOf, provider } from "./test-support";

setupTestDatabase();

// Each test books its own far-off Monday-to-Friday 10:00 New York (15:00 UTC), 2–4 weeks after NOW,
// too far for an authorization to last: the card is saved and authorized 48 h before.
let nextDay = 0;
function farOffStart(): string {
  const days = [14, 15, 16, 17, 18, 21, 22, 23, 24, 25][nextDay++];
  return new Date(Date.parse("2030-01-07T15:00:00Z") + days * 24 * HOUR).toISOString();
}

async function savedCardBooking(card = TEST_CARD) {
  const p = await provider();
  const c = await customer();
  const start = farOffStart();
  let result = await requestBooking({ actor: c, serviceId: p.services[0].id, start, paymentMethod: card, now: NOW });
  if (!result.booking) {
    await testAuthenticatePayment({ actor: c, paymentId: result.payment.id, approve: true });
    result = await confirmPayment({ actor: c, paymentId: result.payment.id, now: NOW });
  }
  return { p, c, start, booking: result.booking!, paymentId: result.payment.id };
}

const paymentRow = (id: string) => db.payment.findUniqueOrThrow({ where: { id } });

describe("far-off bookings: saved card, authorized 48 h before", () => {
  it("saves the card (no authorization yet), then the job authorizes it off-session once, and completion captures", async () => {
    const { p, start, booking, paymentId } = await savedCardBooking();
    expect(booking.payment).toMatchObject({ status: "CARD_SAVED", capturedAmount: 0 });
    const saved = await paymentRow(paymentId);
    expect(saved).toMatchObject({ status: "CARD_SAVED", authorizedAt: null, processorRef: null, paymentMethodRef: TEST_CARD });
    expect((await intentOf(saved.setupIntentRef!)).kind).toBe("setup");

    await authorizeSavedCards({ now: at(start, -49) }); // not due yet
    expect((await paymentRow(paymentId)).status).toBe("CARD_SAVED");

    const due = at(start, -47);
    await authorizeSavedCards({ now: due });
    await authorizeSavedCards({ now: due });
    const authorized = await paymentRow(paymentId);
    expect(authorized).toMatchObject({ status: "AUTHORIZED", offSessionAttemptedAt: due, authorizedAt: due });
    expect(await intentOf(authorized.processorRef!)).toMatchObject({ status: "requires_capture", idempotencyKey: `payment:${paymentId}:offsession`, amount: 10_000 });
    expect(await db.testModeIntent.count({ where: { idempotencyKey: `payment:${paymentId}:offsession` } })).toBe(1);

    await completeBooking({ actor: asProvider(p), bookingId: booking.id, now: at(start, 2) });
    expect((await paymentRow(paymentId)).status).toBe("CAPTURED");
    expect(await payableOf(p.id)).toBe(8_500);
    await expectLedgerInvariants();
  });

  it("cancelling before the card was charged closes the payment: nothing charged, nothing posted", async () => {
    const { c, booking, paymentId } = await savedCardBooking();
    const cancelled = await cancelBooking({ actor: c, bookingId: booking.id, now: NOW });
    expect(cancelled.payment).toMatchObject({ status: "CANCELED", capturedAmount: 0 });
    expect(await ledgerOf(paymentId)).toEqual([]);
  });
});

describe("off-session failure → grace → cancellation", () => {
  it("tells both parties, then cancels the booking by the system with a full refund once the grace is over", async () => {
    // …3220 passes the setup (authenticated once) but the bank wants the customer present off-session.
    const { p, c, start, booking, paymentId } = await savedCardBooking(TEST_CARD_AUTHENTICATE);
    expect((await paymentRow(paymentId)).status).toBe("CARD_SAVED");

    const attempt = at(start, -47);
    await authorizeSavedCards({ now: attempt });
    expect(await paymentRow(paymentId)).toMatchObject({ status: "REQUIRES_ACTION", offSessionAttemptedAt: attempt });
    const events = await db.outboxEvent.findMany({ where: { type: "payment.authorization_failed", payload: { path: ["data", "paymentId"], equals: paymentId } } });
    expect(events.map((e) => (e.payload as { data: unknown }).data)).toEqual([
      { paymentId, bookingId: booking.id, graceEndsAt: new Date(attempt.getTime() + 12 * HOUR).toISOString() },
    ]);
    await settleDispatches();
    const notified = await db.notification.findMany({ where: { type: "payment.authorization_failed", userId: { in: [c.userId, p.userId] } }, select: { userId: true } });
    expect(notified.map((n) => n.userId).sort()).toEqual([c.userId, p.userId].sort());
    const emails = await db.emailMessage.findMany({ where: { template: { startsWith: "payment-authorization-failed" }, dedupeKey: { contains: paymentId } }, select: { template: true } });
    expect(emails.map((e) => e.template).sort()).toEqual(["payment-authorization-failed-customer", "payment-authorization-failed-provider"]);

    await cancelUnpaidBookings({ now: new Date(attempt.getTime() + 11 * HOUR) }); // still in grace
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");

    await cancelUnpaidBookings({ now: new Date(attempt.getTime() + 12 * HOUR) });
    const cancelled = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancelledBy: "ADMIN", refundAmount: 10_000 });
    const closed = await paymentRow(paymentId);
    expect(closed.status).toBe("CANCELED");
    expect((await intentOf(closed.processorRef!)).status).toBe("canceled");
    expect(await ledgerOf(paymentId)).toEqual([]);
    const cancelledEvents = await db.outboxEvent.count({ where: { type: "booking.cancelled", payload: { path: ["data", "bookingId"], equals: booking.id } } });
    expect(cancelledEvents).toBe(1);
  });

  it("keeps the booking when the customer completes the authentication during the grace period", async () => {
    const { c, start, booking, paymentId } = await savedCardBooking(TEST_CARD_AUTHENTICATE);
    const attempt = at(start, -47);
    await authorizeSavedCards({ now: attempt });
    await testAuthenticatePayment({ actor: c, paymentId, approve: true });
    const confirmed = await confirmPayment({ actor: c, paymentId, now: new Date(attempt.getTime() + HOUR) });
    expect(confirmed.payment.status).toBe("AUTHORIZED");
    await cancelUnpaidBookings({ now: new Date(attempt.getTime() + 13 * HOUR) });
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");
  });

  it("cancels at the latest 2 h before the start when the attempt came late", async () => {
    const { start, booking, paymentId } = await savedCardBooking(TEST_CARD_AUTHENTICATE);
    await authorizeSavedCards({ now: at(start, -6) });
    expect((await paymentRow(paymentId)).status).toBe("REQUIRES_ACTION");
    await cancelUnpaidBookings({ now: at(start, -3) });
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");
    await cancelUnpaidBookings({ now: at(start, -2) });
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CANCELLED");
  });
});

describe("the sweeper", () => {
  // Its own era (2001), so that no other test file's fresh payment is ever old enough to be swept here.
  const then = new Date("2001-01-08T12:00:00Z"); // Monday
  const tuesday = "2001-01-09T15:00:00.000Z";

  it("cancels payments abandoned at the authentication step after 30 minutes and releases them", async () => {
    const p = await provider();
    const c = await customer();
    const abandoned = await requestBooking({ actor: c, serviceId: p.services[0].id, start: tuesday, paymentMethod: TEST_CARD_AUTHENTICATE, now: then });
    const fresh = await requestBooking({ actor: c, serviceId: p.services[0].id, start: "2001-01-09T17:00:00.000Z", paymentMethod: TEST_CARD_AUTHENTICATE, now: new Date(then.getTime() + 20 * 60_000) });

    await sweepAbandonedPayments({ now: new Date(then.getTime() + 29 * 60_000) });
    expect((await paymentRow(abandoned.payment.id)).status).toBe("REQUIRES_ACTION");
    await sweepAbandonedPayments({ now: new Date(then.getTime() + 31 * 60_000) });
    const swept = await paymentRow(abandoned.payment.id);
    expect(swept).toMatchObject({ status: "CANCELED", failureCode: "ABANDONED", bookingId: null });
    expect((await intentOf(swept.processorRef!)).status).toBe("canceled");
    expect((await paymentRow(fresh.payment.id)).status).toBe("REQUIRES_ACTION");

    // Coming back after the sweep finds the payment closed: nothing is booked or charged.
    await expect(confirmPayment({ actor: c, paymentId: abandoned.payment.id, now: new Date(then.getTime() + 40 * 60_000) })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db.booking.count({ where: { customerId: c.userId } })).toBe(0);
  });
});
