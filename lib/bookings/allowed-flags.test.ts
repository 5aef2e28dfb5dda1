// What getBooking and listBookings tell each viewer they may do with a booking (the pages read only these flags).
import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { makeAdmin, makeBooking, makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import type { SeededProvider } from "../../prisma/seed/builders";
import { TEST_CARD } from "../payments/test-cards";
import { getBooking } from "./get-booking";
import { listBookings } from "./list-bookings";
import { requestBooking } from "./request-booking";
import { rescheduleBooking } from "./reschedule-booking";

setupTestDatabase();

const HOUR = 3_600_000;
// Monday 7 January 2030; factory providers work Mon–Fri 09–17 New York (UTC−5).
const monday = new Date("2030-01-07T12:00:00Z");
const fri10 = "2030-01-11T15:00:00.000Z";
const fri13 = "2030-01-11T18:00:00.000Z";
const afterEnd = new Date(Date.parse(fri10) + 3 * HOUR);

const asProvider = (p: SeededProvider): Actor => ({ userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id });
const asUser = (user: { id: string; role: Actor["role"] }): Actor => ({ userId: user.id, role: user.role, isSuperAdmin: false, providerId: null });
const on = (flags: object) => Object.entries(flags).filter(([, value]) => value).map(([key]) => key).sort();

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("NOT_FOUND");
}

async function world(status: "CONFIRMED" | "REQUESTED" | "COMPLETED" = "CONFIRMED") {
  const p = await makeProvider();
  const other = await makeProvider();
  const customer = asUser(await makeCustomer());
  const stranger = asUser(await makeCustomer());
  const admin = asUser(await makeAdmin());
  const booking = await makeBooking({ serviceId: p.services[0].id, customerId: customer.userId, startsAt: new Date(fri10), status });
  return { p, provider: asProvider(p), otherProvider: asProvider(other), customer, stranger, admin, bookingId: booking.id };
}

beforeAll(() => makeCategoryTree());

describe("getBooking carries allowed flags for the viewer", () => {
  it("an upcoming confirmed booking: customer and provider manage it, support only looks, anyone else gets 404", async () => {
    const w = await world();
    const mine = await getBooking({ actor: w.customer, bookingId: w.bookingId, now: monday });
    expect(mine.viewer).toBe("customer");
    expect(on(mine.allowed)).toEqual(["cancel", "message", "reschedule"]);
    expect(mine.phase).toMatchObject({ open: true, started: false, ended: false });

    const theirs = await getBooking({ actor: w.provider, bookingId: w.bookingId, now: monday });
    expect(theirs.viewer).toBe("provider");
    expect(on(theirs.allowed)).toEqual(["cancel", "message", "reschedule"]);

    const support = await getBooking({ actor: w.admin, bookingId: w.bookingId, now: monday });
    expect(support.viewer).toBe("admin");
    expect(on(support.allowed)).toEqual([]);

    await expectNotFound(getBooking({ actor: w.stranger, bookingId: w.bookingId, now: monday }));
    await expectNotFound(getBooking({ actor: w.otherProvider, bookingId: w.bookingId, now: monday }));
  });

  it("once it has ended, the provider and support record the outcome and the customer has nothing left to change", async () => {
    const w = await world();
    expect(on((await getBooking({ actor: w.customer, bookingId: w.bookingId, now: afterEnd })).allowed)).toEqual(["message"]);
    expect(on((await getBooking({ actor: w.provider, bookingId: w.bookingId, now: afterEnd })).allowed)).toEqual(["complete", "markNoShow", "message"]);
    expect(on((await getBooking({ actor: w.admin, bookingId: w.bookingId, now: afterEnd })).allowed)).toEqual(["complete", "markNoShow"]);
  });

  it("a request: the provider answers it until its deadline, after which it is lapsed", async () => {
    const w = await world("REQUESTED");
    const deadline = new Date(monday.getTime() + 24 * HOUR);
    await db.booking.update({ where: { id: w.bookingId }, data: { expiresAt: deadline } });
    const open = await getBooking({ actor: w.provider, bookingId: w.bookingId, now: monday });
    expect(on(open.allowed)).toEqual(["confirm", "decline", "message", "reschedule"]);
    expect(open.phase).toMatchObject({ answerable: true, lapsed: false });

    const late = await getBooking({ actor: w.provider, bookingId: w.bookingId, now: deadline });
    expect(late.allowed).toMatchObject({ confirm: false, decline: false });
    expect(late.phase).toMatchObject({ answerable: false, lapsed: true });
    // The customer never answers their own request.
    expect((await getBooking({ actor: w.customer, bookingId: w.bookingId, now: monday })).allowed).toMatchObject({ confirm: false, decline: false, cancel: true });
  });

  it("a completed booking: both parties review it, only the customer may dispute it", async () => {
    const w = await world("COMPLETED");
    expect(on((await getBooking({ actor: w.customer, bookingId: w.bookingId, now: afterEnd })).allowed)).toEqual(["dispute", "message", "review"]);
    expect(on((await getBooking({ actor: w.provider, bookingId: w.bookingId, now: afterEnd })).allowed)).toEqual(["message", "review"]);
    expect(on((await getBooking({ actor: w.admin, bookingId: w.bookingId, now: afterEnd })).allowed)).toEqual([]);
  });
});

describe("the capacity a page shows the booking in (as)", () => {
  it("the provider's dashboard is the booking's provider's only: the customer, support and other providers get 404", async () => {
    const w = await world();
    expect((await getBooking({ actor: w.provider, bookingId: w.bookingId, as: "provider", now: monday })).allowed.cancel).toBe(true);
    await expectNotFound(getBooking({ actor: w.customer, bookingId: w.bookingId, as: "provider", now: monday }));
    await expectNotFound(getBooking({ actor: w.admin, bookingId: w.bookingId, as: "provider", now: monday }));
    await expectNotFound(getBooking({ actor: w.otherProvider, bookingId: w.bookingId, as: "provider", now: monday }));
  });

  it("the customer's page is read-only for the provider and support, and 404 for strangers", async () => {
    const w = await world();
    expect(on((await getBooking({ actor: w.customer, bookingId: w.bookingId, as: "customer", now: monday })).allowed)).toEqual(["cancel", "message", "reschedule"]);
    expect(on((await getBooking({ actor: w.provider, bookingId: w.bookingId, as: "customer", now: monday })).allowed)).toEqual([]);
    expect(on((await getBooking({ actor: w.admin, bookingId: w.bookingId, as: "customer", now: monday })).allowed)).toEqual([]);
    await expectNotFound(getBooking({ actor: w.stranger, bookingId: w.bookingId, as: "customer", now: monday }));
  });
});

describe("listBookings carries the same flags, for the capacity listed", () => {
  it("the provider's list offers the provider's actions, the customer's list the customer's", async () => {
    const w = await world("REQUESTED");
    await db.booking.update({ where: { id: w.bookingId }, data: { expiresAt: new Date(monday.getTime() + 24 * HOUR) } });
    const providers = await listBookings({ actor: w.provider, query: { as: "provider" }, now: monday });
    const row = providers.data.find((b) => b.id === w.bookingId)!;
    expect(row.viewer).toBe("provider");
    expect(on(row.allowed)).toEqual(["confirm", "decline", "message", "reschedule"]);

    const customers = await listBookings({ actor: w.customer, query: { as: "customer" }, now: monday });
    expect(on(customers.data.find((b) => b.id === w.bookingId)!.allowed)).toEqual(["cancel", "message", "reschedule"]);
    // Another customer's list does not hold it at all.
    expect((await listBookings({ actor: w.stranger, query: {} })).data.map((b) => b.id)).not.toContain(w.bookingId);
  });
});

describe("reschedule fee charges on the booking", () => {
  /** 25 % of 100.00 within 72 h of the start, cutoff 24 h; the customer moves it 30 h before. */
  async function movedWithFee() {
    const p = await makeProvider({
      services: [{ priceAmount: 10_000, bookingMode: "INSTANT", minNoticeMin: 0, rescheduleCutoffHours: 24, rescheduleFeeWithinHours: 72, rescheduleFeePercent: 25 }],
    });
    const customer = asUser(await makeCustomer());
    const { booking } = await requestBooking({ actor: customer, serviceId: p.services[0].id, start: fri10, paymentMethod: TEST_CARD, now: monday });
    await rescheduleBooking({ actor: customer, bookingId: booking!.id, start: fri13, now: new Date(Date.parse(fri10) - 30 * HOUR) });
    return { p, customer, bookingId: booking!.id };
  }

  it("the provider's dashboard view lists each captured fee with its amount; the customer and support see the same charges", async () => {
    const { p, customer, bookingId } = await movedWithFee();
    const fee = await db.payment.findFirstOrThrow({ where: { kind: "RESCHEDULE_FEE", feeBookingId: bookingId } });
    const expected = [expect.objectContaining({ id: fee.id, rescheduleNumber: 1, status: "CAPTURED", amount: 2_500, capturedAmount: 2_500, refundedAmount: 0, currency: "USD" })];

    const asDashboard = await getBooking({ actor: asProvider(p), bookingId, as: "provider" });
    expect(asDashboard.rescheduleFees).toEqual(expected);
    expect((await getBooking({ actor: customer, bookingId, as: "customer" })).rescheduleFees).toEqual(expected);
    expect((await getBooking({ actor: asUser(await makeAdmin()), bookingId })).rescheduleFees).toEqual(expected);
    // No processor ids leave the domain.
    expect(Object.keys(asDashboard.rescheduleFees[0])).not.toContain("processorRef");
  });

  it("a refunded fee shows what came back; anyone but the parties and support gets 404, fees and all", async () => {
    const { p, bookingId } = await movedWithFee();
    const fee = await db.payment.findFirstOrThrow({ where: { kind: "RESCHEDULE_FEE", feeBookingId: bookingId } });
    await db.payment.update({ where: { id: fee.id }, data: { status: "REFUNDED", refundedAmount: 2_500 } });
    expect((await getBooking({ actor: asProvider(p), bookingId, as: "provider" })).rescheduleFees).toEqual([
      expect.objectContaining({ id: fee.id, status: "REFUNDED", capturedAmount: 2_500, refundedAmount: 2_500 }),
    ]);

    await expectNotFound(getBooking({ actor: asUser(await makeCustomer()), bookingId }));
    await expectNotFound(getBooking({ actor: asProvider(await makeProvider()), bookingId, as: "provider" }));
  });
});
