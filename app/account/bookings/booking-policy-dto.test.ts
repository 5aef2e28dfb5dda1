// The booking DTO carries the policy the customer accepted, and the quote sentence built from it
// matches what the domain refunds.
import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/core/auth/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createProvider, createUser, uniqueToken } from "@/prisma/seed/builders";
import { cancellationPolicies } from "@/lib/bookings/cancellation-policy";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { getBooking } from "@/lib/bookings/get-booking";
import { listBookings } from "@/lib/bookings/list-bookings";
import { quoteCancellation } from "@/lib/bookings/quote-cancellation";
import { requestBooking } from "@/lib/bookings/request-booking";
import { describeQuote } from "@/components/bookings/policy-words";
import { TEST_CARD } from "@/lib/payments/test-cards";

setupTestDatabase();

/** Books with the test-mode card that always authorizes; the booking (payments are tested in lib/payments). */
async function book(options: Omit<Parameters<typeof requestBooking>[0], "paymentMethod">) {
  const { booking } = await requestBooking({ ...options, paymentMethod: TEST_CARD });
  if (!booking) throw new Error("expected a booking, got a pending payment");
  return booking;
}

const HOUR = 3_600_000;
// Monday 7 January 2030 12:00 UTC; the default provider (New York, Mon–Fri 09–17) is open on Wednesday.
const now = new Date("2030-01-07T12:00:00Z");
const wed10 = "2030-01-09T15:00:00.000Z"; // 10:00 New York, 51 h after `now`

async function bookedWith(policy: "FLEXIBLE" | "MODERATE" | "STRICT") {
  const provider = await createProvider(db, {
    slug: `p-${uniqueToken()}`,
    email: `p-${uniqueToken()}@example.test`,
    passwordHash: "x",
    services: [{ name: "Clean", categorySlug: "cleaning", durationMin: 60, slotStepMin: 60, bookingMode: "INSTANT", priceAmount: 10_000, currency: "USD", cancellationPolicy: policy }],
  });
  const user = await createUser(db, { email: `c-${uniqueToken()}@example.test`, passwordHash: "x" });
  const actor: Actor = { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
  const booking = await book({ actor, serviceId: provider.services[0].id, start: wed10, now });
  return { actor, booking };
}

it("returns the snapshotted policy from every read", async () => {
  const { actor, booking } = await bookedWith("STRICT");
  expect(booking.policy).toEqual(cancellationPolicies.STRICT);
  expect((await getBooking({ actor, bookingId: booking.id })).policy).toEqual(cancellationPolicies.STRICT);
  const { data } = await listBookings({ actor, query: { as: "customer" } });
  expect(data.find((b) => b.id === booking.id)?.policy).toEqual(cancellationPolicies.STRICT);
});

it("keeps the snapshot when the service's policy changes later", async () => {
  const { actor, booking } = await bookedWith("FLEXIBLE");
  await db.service.update({ where: { id: booking.service.id }, data: { cancellationPolicy: "STRICT" } });
  expect((await getBooking({ actor, bookingId: booking.id })).policy).toEqual(cancellationPolicies.FLEXIBLE);
});

it("answers null instead of failing when the stored snapshot is unreadable", async () => {
  const { actor, booking } = await bookedWith("MODERATE");
  await db.booking.update({ where: { id: booking.id }, data: { policySnapshot: { tier: "LENIENT" } } });
  const read = await getBooking({ actor, bookingId: booking.id });
  expect(read.policy).toBeNull();
  expect(read.id).toBe(booking.id);
});

it("quotes in words exactly what the cancellation then refunds", async () => {
  const { actor, booking } = await bookedWith("MODERATE");
  const at = new Date(Date.parse(wed10) - 30 * HOUR); // between 72 h and 24 h: half back
  const quote = await quoteCancellation({ actor, bookingId: booking.id, now: at });
  expect(describeQuote(quote, booking.status, booking.policy)).toMatch(/^Cancel now and you get \$50 back of \$100 — moderate policy: /);
  const cancelled = await cancelBooking({ actor, bookingId: booking.id, now: at });
  expect(cancelled.refundAmount).toBe(quote.refundAmount);
  expect(cancelled.policy).toEqual(cancellationPolicies.MODERATE);
});
