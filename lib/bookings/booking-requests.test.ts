import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { createCategoryTree, createProvider, createUser, uniqueToken, type SeededProvider } from "../../prisma/seed/builders";
import { requestBooking } from "./request-booking";
import { confirmBooking } from "./confirm-booking";
import { declineBooking } from "./decline-booking";
import { getBooking } from "./get-booking";
import { listBookings } from "./list-bookings";
import { TEST_CARD } from "../payments/test-cards";

setupTestDatabase();

/** Books with the test-mode card that always authorizes; the booking (payments are tested in lib/payments). */
async function book(options: Omit<Parameters<typeof requestBooking>[0], "paymentMethod">) {
  const { booking } = await requestBooking({ ...options, paymentMethod: TEST_CARD });
  if (!booking) throw new Error("expected a booking, got a pending payment");
  return booking;
}

// Monday 7 January 2030, 12:00 UTC. The provider (New York, Mon–Fri 09–17) is open on Tuesday.
const now = new Date("2030-01-07T12:00:00Z");
const tuesday10am = "2030-01-08T15:00:00.000Z";
const tuesday11am = "2030-01-08T16:00:00.000Z";

async function customer(): Promise<Actor> {
  const user = await createUser(db, { email: `c-${uniqueToken()}@example.test`, passwordHash: "x" });
  return { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
}

function asProvider(provider: SeededProvider): Actor {
  return { userId: provider.userId, role: "PROVIDER", isSuperAdmin: false, providerId: provider.id };
}

async function provider(bookingMode: "INSTANT" | "REQUEST" = "REQUEST", bufferAfterMin = 0) {
  return createProvider(db, {
    slug: `p-${uniqueToken()}`,
    email: `p-${uniqueToken()}@example.test`,
    passwordHash: "x",
    city: "Brooklyn",
    services: [{ name: "Deep clean", categorySlug: "cleaning", durationMin: 60, slotStepMin: 60, bufferAfterMin, bookingMode, priceAmount: 9000, currency: "USD" }],
  });
}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

beforeAll(async () => {
  await createCategoryTree(db);
});

describe("requesting a booking", () => {
  it("creates a REQUESTED booking with price and policy snapshots, an outbox event and an audit row, atomically", async () => {
    const p = await provider();
    const actor = await customer();
    const booking = await book({ actor, serviceId: p.services[0].id, start: tuesday10am, notes: "Side door", address: "1 Main St", now });

    expect(booking).toMatchObject({ status: "REQUESTED", start: tuesday10am, end: "2030-01-08T16:00:00.000Z", timeZone: "America/New_York" });
    expect(booking.price).toEqual({ amount: 9000, currency: "USD" });
    const row = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(row.policySnapshot).toMatchObject({ tier: "MODERATE" });
    expect(row.expiresAt!.getTime()).toBe(now.getTime() + 24 * 3_600_000);

    const events = await db.outboxEvent.findMany({ where: { payload: { path: ["data", "bookingId"], equals: booking.id } } });
    expect(events.map((e) => e.type)).toEqual(["booking.requested"]);
    const audit = await db.auditLog.findMany({ where: { entityType: "Booking", entityId: booking.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "booking.requested", actorId: actor.userId });
  });

  it("confirms at once for instant-book services", async () => {
    const p = await provider("INSTANT");
    const booking = await book({ actor: await customer(), serviceId: p.services[0].id, start: tuesday10am, now });
    expect(booking.status).toBe("CONFIRMED");
    expect(booking.confirmedAt).toBe(now.toISOString());
  });

  it("refuses a start that is not a free slot with 409 and the next free starts, writing nothing", async () => {
    const p = await provider("REQUEST", 30);
    await book({ actor: await customer(), serviceId: p.services[0].id, start: tuesday10am, now });
    const before = await db.booking.count({ where: { providerId: p.id } });

    // 11:00 falls in the first booking's 30-minute buffer; 03:00 is outside opening hours.
    const taken = await expectAppError(book({ actor: await customer(), serviceId: p.services[0].id, start: tuesday11am, now }), "SLOT_TAKEN");
    expect(taken.status).toBe(409);
    expect((taken.details as { nextFreeStarts: string[] }).nextFreeStarts[0]).toBe("2030-01-08T17:00:00.000Z");
    await expectAppError(book({ actor: await customer(), serviceId: p.services[0].id, start: "2030-01-08T08:00:00.000Z", now }), "SLOT_TAKEN");
    expect(await db.booking.count({ where: { providerId: p.id } })).toBe(before);
  });

  it("lets exactly one of many simultaneous requests for one slot through", async () => {
    const p = await provider();
    const customers = await Promise.all(Array.from({ length: 8 }, customer));
    const results = await Promise.allSettled(
      customers.map((actor) => book({ actor, serviceId: p.services[0].id, start: tuesday10am, now })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(((r as PromiseRejectedResult).reason as AppError).code).toBe("SLOT_TAKEN");
    }
    expect(await db.booking.count({ where: { providerId: p.id } })).toBe(1);
  });

  it("validates input with field details and refuses to book one's own service", async () => {
    const p = await provider();
    const invalid = await expectAppError(book({ actor: await customer(), serviceId: p.services[0].id, start: "tomorrow", now }), "VALIDATION_FAILED");
    expect((invalid.details as { fields: Record<string, string[]> }).fields.start).toBeDefined();
    await expectAppError(book({ actor: asProvider(p), serviceId: p.services[0].id, start: tuesday10am, now }), "FORBIDDEN");
    await expectAppError(book({ actor: await customer(), serviceId: "no-such-service", start: tuesday10am, now }), "NOT_FOUND");
  });
});

describe("answering a request", () => {
  it("lets the provider confirm once; a second answer is 409 with the current state", async () => {
    const p = await provider();
    const actor = await customer();
    const booking = await book({ actor, serviceId: p.services[0].id, start: tuesday10am, now });

    const confirmed = await confirmBooking({ actor: asProvider(p), bookingId: booking.id, now });
    expect(confirmed.status).toBe("CONFIRMED");
    const again = await expectAppError(declineBooking({ actor: asProvider(p), bookingId: booking.id, now }), "INVALID_STATE");
    expect(again.details).toEqual({ currentStatus: "CONFIRMED", allowed: ["COMPLETED", "CANCELLED", "NO_SHOW"] });
    expect((await getBooking({ actor, bookingId: booking.id })).status).toBe("CONFIRMED");
    const types = (await db.outboxEvent.findMany({ where: { payload: { path: ["data", "bookingId"], equals: booking.id } }, orderBy: { createdAt: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["booking.requested", "booking.confirmed"]);
  });

  it("frees the slot when the provider declines", async () => {
    const p = await provider();
    const booking = await book({ actor: await customer(), serviceId: p.services[0].id, start: tuesday10am, now });
    expect((await declineBooking({ actor: asProvider(p), bookingId: booking.id, now })).status).toBe("DECLINED");
    const rebooked = await book({ actor: await customer(), serviceId: p.services[0].id, start: tuesday10am, now });
    expect(rebooked.status).toBe("REQUESTED");
  });

  it("hides a booking from everyone but its parties (404) and forbids the customer from answering", async () => {
    const p = await provider();
    const actor = await customer();
    const booking = await book({ actor, serviceId: p.services[0].id, start: tuesday10am, now });
    const stranger = await customer();
    const otherProvider = asProvider(await provider());

    await expectAppError(getBooking({ actor: stranger, bookingId: booking.id }), "NOT_FOUND");
    await expectAppError(confirmBooking({ actor: otherProvider, bookingId: booking.id, now }), "NOT_FOUND");
    await expectAppError(confirmBooking({ actor, bookingId: booking.id, now }), "FORBIDDEN");
    await expectAppError(confirmBooking({ actor: asProvider(p), bookingId: "missing", now }), "NOT_FOUND");
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("REQUESTED");
  });

  it("refuses to confirm a request that has expired", async () => {
    const p = await provider();
    const booking = await book({ actor: await customer(), serviceId: p.services[0].id, start: tuesday10am, now });
    const later = new Date(now.getTime() + 25 * 3_600_000);
    await expectAppError(confirmBooking({ actor: asProvider(p), bookingId: booking.id, now: later }), "INVALID_STATE");
  });
});

describe("listing bookings", () => {
  it("shows customers their own bookings and providers theirs, in cursor pages", async () => {
    const p = await provider();
    const actor = await customer();
    const first = await book({ actor, serviceId: p.services[0].id, start: tuesday10am, now });
    const second = await book({ actor, serviceId: p.services[0].id, start: tuesday11am, now });

    const page1 = await listBookings({ actor, query: { limit: "1" } });
    expect(page1.data.map((b) => b.id)).toEqual([second.id]);
    const page2 = await listBookings({ actor, query: { limit: "1", cursor: page1.nextCursor } });
    expect(page2.data.map((b) => b.id)).toEqual([first.id]);
    expect(page2.nextCursor).toBeNull();

    const forProvider = await listBookings({ actor: asProvider(p), query: {} });
    expect(forProvider.data.map((b) => b.id).sort()).toEqual([first.id, second.id].sort());
    expect((await listBookings({ actor: await customer(), query: {} })).data).toEqual([]);
  });
});
