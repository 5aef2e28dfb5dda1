import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { makeBooking, makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import type { SeededProvider } from "../../prisma/seed/builders";
import { TEST_CARD } from "../payments/test-cards";
import { updateService } from "../catalog/update-service";
import { requestBooking } from "./request-booking";
import { rescheduleBooking } from "./reschedule-booking";
import { DEFAULT_RESCHEDULE_POLICY, parseRescheduleSnapshot, rescheduleFeeFor } from "./reschedule-policy";

setupTestDatabase();

const HOUR = 3_600_000;
// Monday 7 January 2030; factory providers work Mon–Fri 09–17 New York (UTC−5).
const monday = new Date("2030-01-07T12:00:00Z");
const fri10 = "2030-01-11T15:00:00.000Z";
const fri13 = "2030-01-11T18:00:00.000Z";
const fri14 = "2030-01-11T19:00:00.000Z";
const before = (iso: string, hours: number) => new Date(Date.parse(iso) - hours * HOUR);
const asProvider = (p: SeededProvider): Actor => ({ userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id });

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** Cutoff 24 h before the start; 25 % of the price within 72 h; free before that. */
async function world() {
  const p = await makeProvider({
    services: [{ priceAmount: 10_001, bookingMode: "INSTANT", minNoticeMin: 0, rescheduleCutoffHours: 24, rescheduleFeeWithinHours: 72, rescheduleFeePercent: 25 }],
  });
  const user = await makeCustomer();
  const customer: Actor = { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
  const { booking } = await requestBooking({ actor: customer, serviceId: p.services[0].id, start: fri10, paymentMethod: TEST_CARD, now: monday });
  return { p, customer, booking: booking! };
}

beforeAll(async () => {
  await makeCategoryTree();
});

describe("rescheduleFeeFor (pure)", () => {
  const policy = { cutoffHours: 24, feeWithinHours: 72, feePercent: 25 };
  const startsAt = new Date(fri10);
  it("is free before the fee window, a rounded-down percentage inside it, and refused past the cutoff", () => {
    expect(rescheduleFeeFor({ policy, priceAmount: 10_001, startsAt, at: before(fri10, 72) })).toBe(0);
    expect(rescheduleFeeFor({ policy, priceAmount: 10_001, startsAt, at: before(fri10, 71.9) })).toBe(2_500);
    expect(rescheduleFeeFor({ policy, priceAmount: 10_001, startsAt, at: before(fri10, 24) })).toBe(2_500);
    expect(() => rescheduleFeeFor({ policy, priceAmount: 10_001, startsAt, at: before(fri10, 23.9) })).toThrow(/no longer be rescheduled/);
    expect(rescheduleFeeFor({ policy: DEFAULT_RESCHEDULE_POLICY, priceAmount: 10_001, startsAt, at: before(fri10, 0.1) })).toBe(0);
  });
  it("reads old snapshots (no reschedule key) as the default policy and refuses a corrupt one", () => {
    expect(parseRescheduleSnapshot({ tier: "MODERATE", rules: [] })).toEqual(DEFAULT_RESCHEDULE_POLICY);
    expect(() => parseRescheduleSnapshot({ reschedule: { cutoffHours: -1, feeWithinHours: 0, feePercent: 0 } })).toThrow();
  });
});

describe("reschedule policy on bookings", () => {
  it("is snapshotted at booking time: a later change of the service's policy does not apply", async () => {
    const { p, booking } = await world();
    const row = await db.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { policySnapshot: true } });
    expect((row.policySnapshot as { reschedule: unknown }).reschedule).toEqual({ cutoffHours: 24, feeWithinHours: 72, feePercent: 25 });
    expect(booking.reschedulePolicy).toEqual({ cutoffHours: 24, feeWithinHours: 72, feePercent: 25 });
    await updateService({ actor: asProvider(p), serviceId: p.services[0].id, rescheduleCutoffHours: 0, rescheduleFeeWithinHours: 0, rescheduleFeePercent: 0 });
    expect(parseRescheduleSnapshot((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).policySnapshot)).toEqual({ cutoffHours: 24, feeWithinHours: 72, feePercent: 25 });
  });

  it("free early, a recorded fee inside the window (on the booking and in the event), refused past the cutoff", async () => {
    const { customer, booking } = await world();
    const early = await rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri13, now: before(fri10, 96) });
    expect(early).toMatchObject({ start: fri13, rescheduleFeeAmount: 0 });

    const late = await rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri14, now: before(fri13, 30) });
    expect(late).toMatchObject({ start: fri14, rescheduleFeeAmount: 2_500 });
    const audit = await db.auditLog.findMany({ where: { entityId: booking.id, action: "booking.rescheduled" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => (a.data as { feeAmount: number }).feeAmount)).toEqual([0, 2_500]);

    const error = await expectAppError(rescheduleBooking({ actor: customer, bookingId: booking.id, start: fri13, now: before(fri14, 23) }), "INVALID_STATE");
    expect(error.details).toEqual({ reason: "RESCHEDULE_CUTOFF_PASSED", cutoffHours: 24 });
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ startsAt: new Date(fri14), rescheduleFeeAmount: 2_500 });
  });

  it("binds the customer only: the provider may still move the booking past the cutoff, free", async () => {
    const { p, booking } = await world();
    const moved = await rescheduleBooking({ actor: asProvider(p), bookingId: booking.id, start: fri13, now: before(fri10, 2) });
    expect(moved).toMatchObject({ start: fri13, rescheduleFeeAmount: 0 });
  });

  it("old bookings without the snapshot field reschedule as before (until the start, no fee)", async () => {
    const p = await makeProvider({ services: [{ minNoticeMin: 0, rescheduleCutoffHours: 48, rescheduleFeePercent: 50, rescheduleFeeWithinHours: 72 }] });
    const user = await makeCustomer();
    const old = await makeBooking({ serviceId: p.services[0].id, customerId: user.id, startsAt: new Date(fri10), createdAt: monday });
    await db.booking.update({ where: { id: old.id }, data: { policySnapshot: { tier: "MODERATE", rules: [{ hoursBefore: 0, refundPercent: 0 }] } } });
    const customer: Actor = { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
    const moved = await rescheduleBooking({ actor: customer, bookingId: old.id, start: fri13, now: before(fri10, 1) });
    expect(moved).toMatchObject({ start: fri13, rescheduleFeeAmount: 0, reschedulePolicy: DEFAULT_RESCHEDULE_POLICY });
  });
});
