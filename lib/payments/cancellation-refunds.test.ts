import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import { requestBooking } from "../bookings/request-booking";
import { cancelBooking } from "../bookings/cancel-booking";
import { completeBooking } from "../bookings/complete-booking";
import { declineBooking } from "../bookings/decline-booking";
import { expireBookingRequests } from "../bookings/expire-booking-requests";
import { markNoShow } from "../bookings/mark-no-show";
import { refundPayment } from "./refund-payment";
import { settleClosedBookings } from "../bookings/settle-closed-bookings";
import { TEST_CARD } from "./test-cards";
import { NOW, TUE10, admin, asProvider, at, customer, expectAppError, expectLedgerInvariants, intentOf, ledgerOf, payableOf, provider } from "./test-support";
import type { ServiceSpec } from "../../prisma/seed/services";

setupTestDatabase();

const FRI10 = "2030-01-11T15:00:00.000Z"; // 99 h after NOW: within 7 days, so authorized at once

/** A $100 booking (moderate policy unless told otherwise), authorized with the test card. */
async function paidBooking(start = TUE10, service: ServiceSpec = {}) {
  const p = await provider(service);
  const c = await customer();
  const { booking, payment } = await requestBooking({ actor: c, serviceId: p.services[0].id, start, paymentMethod: TEST_CARD, now: NOW });
  const ref = (await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).processorRef!;
  return { p, c, booking: booking!, paymentId: payment.id, ref };
}

const paymentRow = (id: string) => db.payment.findUniqueOrThrow({ where: { id } });

describe("cancellation → refund per the booking's policy", () => {
  it("full refund (≥ 72 h before, moderate): the authorization is released, nothing is charged or posted", async () => {
    const { c, booking, paymentId, ref } = await paidBooking(FRI10);
    const cancelled = await cancelBooking({ actor: c, bookingId: booking.id, now: NOW });
    expect(cancelled).toMatchObject({ status: "CANCELLED", refundAmount: 10_000, payment: { status: "CANCELED", capturedAmount: 0 } });
    expect((await intentOf(ref)).status).toBe("canceled");
    expect(await ledgerOf(paymentId)).toEqual([]);
    await expectLedgerInvariants();
  });

  it("half refund (between 72 h and 24 h): half is captured, the rest released and shown as refunded", async () => {
    const { p, c, booking, paymentId, ref } = await paidBooking(TUE10);
    const cancelled = await cancelBooking({ actor: c, bookingId: booking.id, now: NOW }); // 27 h before
    expect(cancelled).toMatchObject({ refundAmount: 5_000, payment: { status: "CAPTURED", capturedAmount: 5_000, refundedAmount: 5_000 } });
    expect(await intentOf(ref)).toMatchObject({ status: "succeeded", capturedAmount: 5_000 });
    expect((await paymentRow(paymentId)).platformFeeAmount).toBe(750);
    const ledger = await ledgerOf(paymentId);
    expect(ledger.map(({ account, amount }) => [account, amount]).sort()).toEqual(
      [["platform_revenue", -750], [`provider_payable:${p.id}`, -4_250], ["processor_cash", 5_000]].sort(),
    );
    expect(await payableOf(p.id)).toBe(4_250);
    await expectLedgerInvariants();
  });

  it("no refund (under 24 h): the full price is captured", async () => {
    const { p, c, booking, paymentId } = await paidBooking(TUE10);
    await cancelBooking({ actor: c, bookingId: booking.id, now: at(TUE10, -10) });
    expect(await paymentRow(paymentId)).toMatchObject({ status: "CAPTURED", capturedAmount: 10_000, refundedAmount: 0 });
    expect(await payableOf(p.id)).toBe(8_500);
    await expectLedgerInvariants();
  });

  it("the provider's cancellation refunds in full whatever the policy: released", async () => {
    const { p, booking, paymentId, ref } = await paidBooking(TUE10);
    await cancelBooking({ actor: asProvider(p), bookingId: booking.id, now: at(TUE10, -2) });
    expect((await paymentRow(paymentId)).status).toBe("CANCELED");
    expect((await intentOf(ref)).status).toBe("canceled");
    expect(await ledgerOf(paymentId)).toEqual([]);
  });

  it("a declined or expired request releases its authorization", async () => {
    const declined = await paidBooking(TUE10, { bookingMode: "REQUEST" });
    await declineBooking({ actor: asProvider(declined.p), bookingId: declined.booking.id, now: NOW });
    expect((await paymentRow(declined.paymentId)).status).toBe("CANCELED");
    expect((await intentOf(declined.ref)).status).toBe("canceled");

    const lapsed = await paidBooking(TUE10, { bookingMode: "REQUEST", requestExpiryHours: 2 });
    await expireBookingRequests({ now: at(NOW.toISOString(), 3) });
    expect((await db.booking.findUniqueOrThrow({ where: { id: lapsed.booking.id } })).status).toBe("EXPIRED");
    expect((await paymentRow(lapsed.paymentId)).status).toBe("CANCELED");
    expect((await intentOf(lapsed.ref)).status).toBe("canceled");
    await expectLedgerInvariants();
  });

  it("a no-show is charged like a cancellation at the start time (flexible: half back)", async () => {
    const { p, paymentId } = await paidBooking(TUE10, { cancellationPolicy: "FLEXIBLE" });
    const booking = await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { bookingId: true } });
    await markNoShow({ actor: asProvider(p), bookingId: booking.bookingId!, now: at(TUE10, 1) });
    expect(await paymentRow(paymentId)).toMatchObject({ status: "CAPTURED", capturedAmount: 5_000, refundedAmount: 5_000 });
    await expectLedgerInvariants();
  });
});

describe("refunds after capture (Hearth support)", () => {
  async function completed() {
    const paid = await paidBooking(TUE10);
    await completeBooking({ actor: asProvider(paid.p), bookingId: paid.booking.id, now: at(TUE10, 2) });
    expect((await paymentRow(paid.paymentId)).status).toBe("CAPTURED");
    return paid;
  }

  it("refunds part then the rest, reversing the provider's share and the fee pro rata", async () => {
    const { p, c, paymentId, ref } = await completed();
    const support = await admin();
    await expectAppError(refundPayment({ actor: c, paymentId, amount: 1_000 }), "FORBIDDEN");
    await expectAppError(refundPayment({ actor: asProvider(p), paymentId, amount: 1_000 }), "FORBIDDEN");
    await expectAppError(refundPayment({ actor: await customer(), paymentId, amount: 1_000 }), "NOT_FOUND");
    await expectAppError(refundPayment({ actor: support, paymentId, amount: 10_001 }), "VALIDATION_FAILED");

    const partial = await refundPayment({ actor: support, paymentId, amount: 4_000 });
    expect(partial).toMatchObject({ status: "PARTIALLY_REFUNDED", capturedAmount: 10_000, refundedAmount: 4_000 });
    expect(await payableOf(p.id)).toBe(8_500 - 3_400);
    await expectLedgerInvariants();

    const rest = await refundPayment({ actor: support, paymentId });
    expect(rest).toMatchObject({ status: "REFUNDED", refundedAmount: 10_000 });
    expect(await payableOf(p.id)).toBe(0);
    expect(await intentOf(ref)).toMatchObject({ capturedAmount: 10_000, refundedAmount: 10_000 });
    const byAccount = new Map<string, number>();
    for (const line of await ledgerOf(paymentId)) byAccount.set(line.account, (byAccount.get(line.account) ?? 0) + line.amount);
    expect(Object.fromEntries(byAccount)).toEqual({ processor_cash: 10_000, [`provider_payable:${p.id}`]: 0, platform_revenue: 0, refunds: -10_000 });
    const refunded = await db.outboxEvent.findMany({ where: { type: "payment.refunded", payload: { path: ["data", "paymentId"], equals: paymentId } } });
    expect(refunded.map((e) => (e.payload as { data: { amount: number } }).data.amount).sort()).toEqual([4_000, 6_000]);
    await expectAppError(refundPayment({ actor: support, paymentId, amount: 1 }), "INVALID_STATE");
    await expectLedgerInvariants();
  });

  it("refunds once when the same refund is sent twice at the same time", async () => {
    const { paymentId } = await completed();
    const support = await admin();
    const results = await Promise.allSettled([refundPayment({ actor: support, paymentId }), refundPayment({ actor: support, paymentId })]);
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
    expect(await paymentRow(paymentId)).toMatchObject({ status: "REFUNDED", refundedAmount: 10_000 });
    expect(await db.ledgerTransaction.count({ where: { paymentId, kind: "refund" } })).toBe(1);
    await expectLedgerInvariants();
  });

  it("refunds what was captured after a partial capture, not more", async () => {
    const { c, booking, paymentId } = await paidBooking(TUE10);
    await cancelBooking({ actor: c, bookingId: booking.id, now: NOW }); // half captured, half released
    const support = await admin();
    await expectAppError(refundPayment({ actor: support, paymentId, amount: 5_001 }), "VALIDATION_FAILED");
    expect(await refundPayment({ actor: support, paymentId })).toMatchObject({ status: "REFUNDED", capturedAmount: 5_000, refundedAmount: 10_000 });
    await expectLedgerInvariants();
  });
});

describe("the settle job", () => {
  it("captures a completed booking whose capture did not happen after the commit", async () => {
    const { p, booking, paymentId } = await paidBooking(TUE10);
    // As if the process died between completing the booking and capturing.
    await db.booking.update({ where: { id: booking.id }, data: { status: "COMPLETED", completedAt: at(TUE10, 2) } });
    expect((await paymentRow(paymentId)).status).toBe("AUTHORIZED");
    await settleClosedBookings({ now: at(TUE10, 3) });
    await settleClosedBookings({ now: at(TUE10, 3) });
    expect(await paymentRow(paymentId)).toMatchObject({ status: "CAPTURED", capturedAmount: 10_000 });
    expect(await db.ledgerTransaction.count({ where: { paymentId } })).toBe(1);
    expect(await payableOf(p.id)).toBe(8_500);
    await expectLedgerInvariants();
  });
});
