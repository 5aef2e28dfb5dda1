import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import { requestBooking } from "../bookings/request-booking";
import { cancelBooking } from "../bookings/cancel-booking";
import { TEST_CARD } from "./test-cards";
import { NOW, TUE10, admin, asProvider, at, customer, expectLedgerInvariants, intentOf, payableOf, provider } from "./test-support";

setupTestDatabase();

const FRI10 = "2030-01-11T15:00:00.000Z"; // 99 h after NOW: outside every moderate-policy fee tier

/** A $100 moderate-policy booking with a $30 deposit, authorized with the test card. */
async function bookingWithDeposit(start = FRI10) {
  const p = await provider({ depositAmount: 3_000 });
  const c = await customer();
  const { booking, payment } = await requestBooking({ actor: c, serviceId: p.services[0].id, start, paymentMethod: TEST_CARD, now: NOW });
  const ref = (await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).processorRef!;
  return { p, c, booking: booking!, paymentId: payment.id, ref };
}

describe("a service's deposit: what a customer's cancellation of a confirmed booking keeps", () => {
  it("is snapshotted on the booking, so a later change to the service does not move it", async () => {
    const { p, booking } = await bookingWithDeposit();
    await db.service.update({ where: { id: p.services[0].id }, data: { depositAmount: 9_000 } });
    const row = await db.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { policySnapshot: true } });
    expect(row.policySnapshot).toMatchObject({ tier: "MODERATE", depositAmount: 3_000 });
  });

  it("is captured when the customer cancels early enough for a full refund by the tier, and the rest is refunded", async () => {
    const { p, c, booking, paymentId, ref } = await bookingWithDeposit();
    const cancelled = await cancelBooking({ actor: c, bookingId: booking.id, now: NOW });
    expect(cancelled).toMatchObject({ status: "CANCELLED", refundAmount: 7_000, payment: { status: "CAPTURED", capturedAmount: 3_000, refundedAmount: 7_000 } });
    expect(await intentOf(ref)).toMatchObject({ status: "succeeded", capturedAmount: 3_000 });
    expect(await payableOf(p.id)).toBe(2_550); // the deposit less the 15 % platform fee
    expect((await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).platformFeeAmount).toBe(450);
    await expectLedgerInvariants();
  });

  it("never raises what the tier keeps: a late cancellation keeps the tier's larger share", async () => {
    const { c, booking } = await bookingWithDeposit(TUE10);
    const cancelled = await cancelBooking({ actor: c, bookingId: booking.id, now: NOW }); // 27 h before: 50 % back
    expect(cancelled).toMatchObject({ refundAmount: 5_000, payment: { capturedAmount: 5_000 } });
    await expectLedgerInvariants();
  });

  it("is refunded in full when the provider or an admin cancels", async () => {
    const byProvider = await bookingWithDeposit();
    expect(await cancelBooking({ actor: asProvider(byProvider.p), bookingId: byProvider.booking.id, now: NOW })).toMatchObject({ refundAmount: 10_000 });
    const byAdmin = await bookingWithDeposit();
    expect(await cancelBooking({ actor: await admin(), bookingId: byAdmin.booking.id, now: at(FRI10, -1) })).toMatchObject({ refundAmount: 10_000 });
    await expectLedgerInvariants();
  });
});
