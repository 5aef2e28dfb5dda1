import { db, Prisma } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { makeCategoryTree, makeCustomer, makeProvider, makeBooking } from "../testing/factories";
import { EVERY_DAY, weeklyHours, type SeededProvider } from "../../prisma/seed/builders";
import { requestBooking } from "./request-booking";
import { isOverlapViolation } from "./slot-taken";

setupTestDatabase();

/**
 * The no-double-booking guarantee under load. On PostgreSQL the attempts really run in parallel
 * (up to the pool size) and meet at the provider's calendar lock, so that a loser is refused as
 * SLOT_TAKEN, never as a deadlock; on PGlite transactions serialize. The exclusion constraint
 * below is the last line for any writer that skips the lock.
 */

const MINUTE = 60_000;
const ATTEMPTS = 60;
// Tuesday 11 March 2031 in New York (EDT), open 08:00–20:00.
const DAY_START = Date.parse("2031-03-11T12:00:00Z"); // 08:00 local
const now = new Date(DAY_START - 3 * 24 * 60 * MINUTE);
const service = { durationMin: 60, bufferBeforeMin: 0, bufferAfterMin: 30, slotStepMin: 15 };
const blockOf = (start: number) => ({ start: start - service.bufferBeforeMin * MINUTE, end: start + (service.durationMin + service.bufferAfterMin) * MINUTE });
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Live (REQUESTED/CONFIRMED) bookings of one provider whose buffered blocks overlap, counted by PostgreSQL itself. */
async function overlappingPairs(providerId: string, statuses = ["REQUESTED", "CONFIRMED"]) {
  const [row] = await db.$queryRaw<{ pairs: bigint }[]>`
    SELECT count(*) AS pairs
    FROM "Booking" a JOIN "Booking" b
      ON a."providerId" = b."providerId" AND a.id < b.id
     AND a.status::text IN (${Prisma.join(statuses)}) AND b.status::text IN (${Prisma.join(statuses)})
     AND tstzrange(a."blockStartsAt", a."blockEndsAt", '[)') && tstzrange(b."blockStartsAt", b."blockEndsAt", '[)')
    WHERE a."providerId" = ${providerId}`;
  return Number(row.pairs);
}

let provider: SeededProvider;

beforeAll(async () => {
  await makeCategoryTree();
  provider = await makeProvider({
    weeklyHours: weeklyHours(EVERY_DAY, "08:00", "20:00"),
    services: [{ name: "Deep clean", categorySlug: "cleaning", ...service, minNoticeMin: 0, horizonDays: 3650, bookingMode: "REQUEST" }],
  });
});

describe("many customers booking one provider at once", () => {
  it("lets through only pairwise non-overlapping buffered blocks, and refuses every other attempt with SLOT_TAKEN", async () => {
    const next = random(20_310_311);
    // 25 quarter-hour starts from 09:00 to 15:00 local: each 90-minute block overlaps up to 11 others.
    const starts = Array.from({ length: ATTEMPTS }, () => DAY_START + (60 + 15 * Math.floor(next() * 25)) * MINUTE);
    const customers: Actor[] = [];
    for (let i = 0; i < ATTEMPTS; i++) {
      const user = await makeCustomer();
      customers.push({ userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null });
    }

    const results = await Promise.allSettled(
      starts.map((start, i) => requestBooking({ actor: customers[i], serviceId: provider.services[0].id, start: new Date(start).toISOString(), paymentMethod: "4242424242424242", now })),
    );

    const won = results.flatMap((r) => (r.status === "fulfilled" ? [Date.parse(r.value.booking!.start)] : []));
    const lost = results.flatMap((r, i) => (r.status === "rejected" ? [{ start: starts[i], reason: r.reason as unknown }] : []));
    for (const { reason } of lost) {
      expect(reason).toBeInstanceOf(AppError);
      expect({ code: (reason as AppError).code, status: (reason as AppError).status }).toEqual({ code: "SLOT_TAKEN", status: 409 });
    }
    // The attempts span far more than one block, so more than one must get through…
    expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThan(3 * 90 * MINUTE);
    expect(won.length).toBeGreaterThanOrEqual(2);
    expect(won.length + lost.length).toBe(ATTEMPTS);
    for (let i = 0; i < won.length; i++) {
      for (let j = i + 1; j < won.length; j++) expect(overlap(blockOf(won[i]), blockOf(won[j]))).toBe(false);
    }
    // …and nobody was refused for nothing: each refused start clashes with a booking that got through.
    for (const { start } of lost) expect(won.some((w) => overlap(blockOf(w), blockOf(start)))).toBe(true);

    const onTheDay = { gte: new Date(DAY_START), lt: new Date(DAY_START + 12 * 60 * MINUTE) };
    const rows = await db.booking.findMany({ where: { providerId: provider.id, startsAt: onTheDay }, select: { startsAt: true, blockStartsAt: true, blockEndsAt: true } });
    expect(rows.map((r) => r.startsAt.getTime()).sort()).toEqual([...won].sort());
    expect(rows.every((r) => r.blockEndsAt.getTime() - r.blockStartsAt.getTime() === 90 * MINUTE)).toBe(true);
    expect(await overlappingPairs(provider.id)).toBe(0);
  });
});

describe("the Booking_no_overlap exclusion constraint, bypassing the use case", () => {
  const at = (localMinutes: number) => new Date(DAY_START + 24 * 60 * MINUTE + localMinutes * MINUTE); // the next day, from 08:00

  it("refuses a second REQUESTED or CONFIRMED block over a live one, and lets blocks touch", async () => {
    const customer = await makeCustomer();
    const serviceId = provider.services[0].id;
    await makeBooking({ serviceId, customerId: customer.id, startsAt: at(60), status: "CONFIRMED" }); // block 09:00–10:30

    for (const status of ["REQUESTED", "CONFIRMED"] as const) {
      const error = await makeBooking({ serviceId, customerId: customer.id, startsAt: at(120), status }).then(() => null, (e: unknown) => e);
      expect(isOverlapViolation(error)).toBe(true);
    }
    // Inside a transaction too: the constraint, not the use case, is what refuses it.
    const inTx = await db.$transaction((tx) => makeBooking({ serviceId, customerId: customer.id, startsAt: at(30), status: "REQUESTED" }, tx)).then(() => null, (e: unknown) => e);
    expect(isOverlapViolation(inTx)).toBe(true);

    await makeBooking({ serviceId, customerId: customer.id, startsAt: at(150), status: "REQUESTED" }); // 10:30, touching
    await makeBooking({ serviceId, customerId: customer.id, startsAt: at(-30), status: "REQUESTED" }); // 07:30–09:00, touching
    expect(await overlappingPairs(provider.id)).toBe(0);
  });

  it("allows CANCELLED and DECLINED rows over a live block, which the self-join counts only when asked to", async () => {
    const customer = await makeCustomer();
    const serviceId = provider.services[0].id;
    await makeBooking({ serviceId, customerId: customer.id, startsAt: at(420), status: "REQUESTED" }); // 15:00
    await makeBooking({ serviceId, customerId: customer.id, startsAt: at(420), status: "CANCELLED" });
    await makeBooking({ serviceId, customerId: customer.id, startsAt: at(450), status: "DECLINED" });

    expect(await overlappingPairs(provider.id)).toBe(0);
    // The same query does see overlaps when they exist (live vs dead, and dead vs dead here): it can fail.
    expect(await overlappingPairs(provider.id, ["REQUESTED", "CONFIRMED", "CANCELLED", "DECLINED"])).toBe(3);
  });
});
