import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { createCategoryTree, createProvider, createUser, uniqueToken, type SeededProvider } from "../../prisma/seed/builders";
import { requestBooking } from "./request-booking";
import { confirmBooking } from "./confirm-booking";
import { declineBooking } from "./decline-booking";
import { cancelBooking } from "./cancel-booking";
import { quoteCancellation } from "./quote-cancellation";
import { rescheduleBooking } from "./reschedule-booking";
import { completeBooking } from "./complete-booking";
import { markNoShow } from "./mark-no-show";
import { expireBookingRequests } from "./expire-booking-requests";
import { sendBookingReminders } from "./send-booking-reminders";
import { autoCompleteBookings } from "./auto-complete-bookings";
import { TEST_CARD } from "../payments/test-cards";

setupTestDatabase();

/** Books with the test-mode card that always authorizes; the booking (payments are tested in lib/payments). */
async function book(options: Omit<Parameters<typeof requestBooking>[0], "paymentMethod">) {
  const { booking } = await requestBooking({ ...options, paymentMethod: TEST_CARD });
  if (!booking) throw new Error("expected a booking, got a pending payment");
  return booking;
}

const HOUR = 3_600_000;
// Monday 7 January 2030 12:00 UTC; the provider (New York, Mon–Fri 09–17) is open from Tuesday.
const now = new Date("2030-01-07T12:00:00Z");
const tue10 = "2030-01-08T15:00:00.000Z"; // 10:00 New York
const tue13 = "2030-01-08T18:00:00.000Z";
const fri10 = "2030-01-11T15:00:00.000Z";
const at = (iso: string, offsetHours: number) => new Date(Date.parse(iso) + offsetHours * HOUR);

async function customer(): Promise<Actor> {
  const user = await createUser(db, { email: `c-${uniqueToken()}@example.test`, passwordHash: "x" });
  return { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
}
async function admin(): Promise<Actor> {
  const user = await createUser(db, { email: `a-${uniqueToken()}@example.test`, passwordHash: "x", role: "ADMIN" });
  return { userId: user.id, role: "ADMIN", isSuperAdmin: false, providerId: null };
}
const asProvider = (p: SeededProvider): Actor => ({ userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id });

async function provider(bookingMode: "INSTANT" | "REQUEST" = "INSTANT") {
  return createProvider(db, {
    slug: `p-${uniqueToken()}`,
    email: `p-${uniqueToken()}@example.test`,
    passwordHash: "x",
    services: [{ name: "Clean", categorySlug: "cleaning", durationMin: 60, slotStepMin: 60, bookingMode, priceAmount: 10_000, currency: "USD", cancellationPolicy: "MODERATE" }],
  });
}

async function booked(start = tue10, mode: "INSTANT" | "REQUEST" = "INSTANT") {
  const p = await provider(mode);
  const c = await customer();
  const booking = await book({ actor: c, serviceId: p.services[0].id, start, now });
  return { p, c, booking };
}

async function rejects(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

const eventsFor = async (bookingId: string) =>
  (await db.outboxEvent.findMany({ where: { payload: { path: ["data", "bookingId"], equals: bookingId } }, orderBy: { createdAt: "asc" } })).map((e) => e.type);

beforeAll(() => createCategoryTree(db));

describe("cancelling", () => {
  it.each([
    ["a week ahead: full refund", -168, 10_000],
    ["30 hours ahead: half", -30, 5_000],
    ["2 hours ahead: nothing", -2, 0],
  ])("refunds a customer by the snapshotted policy, %s", async (_label, hoursBefore, refund) => {
    const { c, booking } = await booked(fri10);
    const when = at(fri10, hoursBefore);
    expect((await quoteCancellation({ actor: c, bookingId: booking.id, now: when })).refundAmount).toBe(refund);
    const cancelled = await cancelBooking({ actor: c, bookingId: booking.id, reason: "Plans changed", now: when });
    expect(cancelled).toMatchObject({ status: "CANCELLED", refundAmount: refund, cancelledBy: "CUSTOMER", cancelReason: "Plans changed" });
    expect(await eventsFor(booking.id)).toEqual(["booking.confirmed", "booking.cancelled"]);
  });

  it("keeps the policy the customer accepted even if the service's policy changes later", async () => {
    const { p, c, booking } = await booked(fri10);
    await db.service.update({ where: { id: p.services[0].id }, data: { cancellationPolicy: "FLEXIBLE" } });
    expect((await cancelBooking({ actor: c, bookingId: booking.id, now: at(fri10, -30) })).refundAmount).toBe(5_000);
  });

  it("refunds in full and counts it against the provider when the provider cancels", async () => {
    const { p, booking } = await booked();
    const cancelled = await cancelBooking({ actor: asProvider(p), bookingId: booking.id, now: at(tue10, -1) });
    expect(cancelled).toMatchObject({ refundAmount: 10_000, cancelledBy: "PROVIDER" });
    expect((await db.providerProfile.findUniqueOrThrow({ where: { id: p.id } })).providerCancellations).toBe(1);
  });

  it("refunds in full for admins and for a customer withdrawing an unanswered request", async () => {
    const first = await booked();
    expect((await cancelBooking({ actor: await admin(), bookingId: first.booking.id, now: at(tue10, -1) })).cancelledBy).toBe("ADMIN");
    const request = await booked(tue10, "REQUEST");
    expect((await cancelBooking({ actor: request.c, bookingId: request.booking.id, now: at(tue10, -1) })).refundAmount).toBe(10_000);
  });

  it("frees the time, refuses a second cancellation with 409 and hides the booking from strangers", async () => {
    const { p, c, booking } = await booked();
    await cancelBooking({ actor: c, bookingId: booking.id, now });
    const again = await rejects(cancelBooking({ actor: c, bookingId: booking.id, now }), "INVALID_STATE");
    expect(again.details).toMatchObject({ currentStatus: "CANCELLED" });
    await rejects(cancelBooking({ actor: await customer(), bookingId: booking.id, now }), "NOT_FOUND");
    expect((await book({ actor: await customer(), serviceId: p.services[0].id, start: tue10, now })).status).toBe("CONFIRMED");
  });
});

describe("rescheduling", () => {
  it("moves the booking atomically: the old time is free and the new one held", async () => {
    const { p, c, booking } = await booked();
    const moved = await rescheduleBooking({ actor: c, bookingId: booking.id, start: tue13, now });
    expect(moved).toMatchObject({ id: booking.id, status: "CONFIRMED", start: tue13, end: "2030-01-08T19:00:00.000Z" });
    expect(await eventsFor(booking.id)).toEqual(["booking.confirmed", "booking.rescheduled"]);
    const event = await db.outboxEvent.findFirstOrThrow({ where: { type: "booking.rescheduled", payload: { path: ["data", "bookingId"], equals: booking.id } } });
    expect((event.payload as { data: { previousStart: string } }).data.previousStart).toBe(tue10);

    expect((await book({ actor: await customer(), serviceId: p.services[0].id, start: tue10, now })).status).toBe("CONFIRMED");
    await rejects(book({ actor: await customer(), serviceId: p.services[0].id, start: tue13, now }), "SLOT_TAKEN");
  });

  it("refuses a taken or closed time with 409 and leaves the booking where it was", async () => {
    const { p, c, booking } = await booked();
    await book({ actor: await customer(), serviceId: p.services[0].id, start: tue13, now });
    await rejects(rescheduleBooking({ actor: c, bookingId: booking.id, start: tue13, now }), "SLOT_TAKEN");
    await rejects(rescheduleBooking({ actor: c, bookingId: booking.id, start: "2030-01-08T05:00:00.000Z", now }), "SLOT_TAKEN");
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).startsAt.toISOString()).toBe(tue10);
  });

  it("lets the provider reschedule too, but not strangers or closed bookings", async () => {
    const { p, c, booking } = await booked();
    expect((await rescheduleBooking({ actor: asProvider(p), bookingId: booking.id, start: tue13, now })).start).toBe(tue13);
    await rejects(rescheduleBooking({ actor: await customer(), bookingId: booking.id, start: tue10, now }), "NOT_FOUND");
    await cancelBooking({ actor: c, bookingId: booking.id, now });
    await rejects(rescheduleBooking({ actor: c, bookingId: booking.id, start: tue10, now }), "INVALID_STATE");
  });
});

describe("closing a booking", () => {
  it("completes only after the end, only by the provider, only once", async () => {
    const { p, c, booking } = await booked();
    await rejects(completeBooking({ actor: asProvider(p), bookingId: booking.id, now: at(tue10, 0.5) }), "INVALID_STATE");
    await rejects(completeBooking({ actor: c, bookingId: booking.id, now: at(tue10, 2) }), "FORBIDDEN");
    expect((await completeBooking({ actor: asProvider(p), bookingId: booking.id, now: at(tue10, 2) })).status).toBe("COMPLETED");
    const again = await rejects(markNoShow({ actor: asProvider(p), bookingId: booking.id, now: at(tue10, 2) }), "INVALID_STATE");
    expect(again.details).toMatchObject({ currentStatus: "COMPLETED", allowed: [] });
  });

  it("records a no-show once the start has passed", async () => {
    const { p, booking } = await booked();
    await rejects(markNoShow({ actor: asProvider(p), bookingId: booking.id, now: at(tue10, -1) }), "INVALID_STATE");
    expect((await markNoShow({ actor: asProvider(p), bookingId: booking.id, now: at(tue10, 0.25) })).status).toBe("NO_SHOW");
    expect(await eventsFor(booking.id)).toEqual(["booking.confirmed", "booking.no_show"]);
  });

  it("lets only one of a simultaneous confirm and decline through; the loser gets 409", async () => {
    const { p, booking } = await booked(tue10, "REQUEST");
    const results = await Promise.allSettled([
      confirmBooking({ actor: asProvider(p), bookingId: booking.id, now }),
      declineBooking({ actor: asProvider(p), bookingId: booking.id, now }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((loser.reason as AppError).code).toBe("INVALID_STATE");
    const final = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(await eventsFor(booking.id)).toEqual(["booking.requested", final.status === "CONFIRMED" ? "booking.confirmed" : "booking.declined"]);
  });
});

describe("scheduled work", () => {
  it("expires unanswered requests after their window and frees the slot; answered ones stay", async () => {
    const pending = await booked(tue10, "REQUEST");
    const answered = await booked(tue10, "REQUEST");
    await confirmBooking({ actor: asProvider(answered.p), bookingId: answered.booking.id, now });
    const later = new Date(now.getTime() + 25 * HOUR);
    expect(await expireBookingRequests({ now: later })).toBeGreaterThanOrEqual(1);
    expect((await db.booking.findUniqueOrThrow({ where: { id: pending.booking.id } })).status).toBe("EXPIRED");
    expect((await db.booking.findUniqueOrThrow({ where: { id: answered.booking.id } })).status).toBe("CONFIRMED");
    expect(await eventsFor(pending.booking.id)).toEqual(["booking.requested", "booking.expired"]);
    await rejects(confirmBooking({ actor: asProvider(pending.p), bookingId: pending.booking.id, now: later }), "INVALID_STATE");
  });

  it("sends one reminder within 24 hours of the start", async () => {
    const { booking } = await booked(fri10);
    await sendBookingReminders({ now: at(fri10, -30) });
    expect(await eventsFor(booking.id)).toEqual(["booking.confirmed"]);
    await sendBookingReminders({ now: at(fri10, -20) });
    await sendBookingReminders({ now: at(fri10, -19) });
    expect(await eventsFor(booking.id)).toEqual(["booking.confirmed", "booking.reminder_due"]);
  });

  it("auto-completes after the configured hours unless disputed", async () => {
    const plain = await booked(tue10);
    const disputed = await booked(tue10);
    await db.booking.update({ where: { id: disputed.booking.id }, data: { disputedAt: now } });
    await autoCompleteBookings({ now: at(tue10, 10), afterHours: 24 });
    expect((await db.booking.findUniqueOrThrow({ where: { id: plain.booking.id } })).status).toBe("CONFIRMED");
    await autoCompleteBookings({ now: at(tue10, 26), afterHours: 24 });
    expect((await db.booking.findUniqueOrThrow({ where: { id: plain.booking.id } })).status).toBe("COMPLETED");
    expect((await db.booking.findUniqueOrThrow({ where: { id: disputed.booking.id } })).status).toBe("CONFIRMED");
  });
});
