import { DateTime } from "luxon";
import { verifyPassword } from "../core/auth/password";
import { db } from "../core/db";
import { localMinuteToUtc, weeklyHours } from "../../prisma/seed/builders";
import {
  TEST_PASSWORD,
  TEST_PASSWORD_HASH,
  makeAdmin,
  makeBooking,
  makeCustomer,
  makePastBookingWithReview,
  makeProvider,
} from "./factories";
import { setupTestDatabase } from "./test-database";
import { cancellationPolicies } from "../bookings/cancellation-policy";

// Not a React hook despite the name: registers beforeAll/afterAll for this file.
setupTestDatabase();

describe("test factories", () => {
  it("share one precomputed hash of TEST_PASSWORD", async () => {
    expect(await verifyPassword(TEST_PASSWORD_HASH, TEST_PASSWORD)).toBe(true);
    expect(await verifyPassword(TEST_PASSWORD_HASH, "wrong-password")).toBe(false);
    const customer = await makeCustomer();
    const row = await db.user.findUniqueOrThrow({ where: { id: customer.id }, select: { passwordHash: true, role: true } });
    expect(row).toEqual({ passwordHash: TEST_PASSWORD_HASH, role: "CUSTOMER" });
    expect((await makeAdmin()).role).toBe("ADMIN");
  });

  it("make unique users and providers even when called in parallel", async () => {
    const providers = await Promise.all(Array.from({ length: 6 }, () => makeProvider()));
    const customers = await Promise.all(Array.from({ length: 6 }, () => makeCustomer()));
    expect(new Set(providers.map((p) => p.slug)).size).toBe(6);
    expect(new Set([...providers.map((p) => p.user.email), ...customers.map((c) => c.email)]).size).toBe(12);
    for (const provider of providers) {
      expect(provider.user.role).toBe("PROVIDER");
      expect(provider.services).toHaveLength(1);
      expect(provider.services[0]).toMatchObject({ currency: "USD", active: true });
      expect(provider.availability).toEqual(weeklyHours([1, 2, 3, 4, 5], "09:00", "17:00"));
    }
  });

  it("fill a known city's zone, country and currency", async () => {
    const provider = await makeProvider({ city: "Sydney", categorySlugs: ["massage", "yoga"] });
    const profile = await db.providerProfile.findUniqueOrThrow({ where: { id: provider.id } });
    expect(profile).toMatchObject({ timeZone: "Australia/Sydney", country: "AU", lat: -33.8688 });
    expect(provider.user.timeZone).toBe("Australia/Sydney");
    expect(provider.services.map((s) => s.currency)).toEqual(["AUD", "AUD"]);
  });
});

describe("createPastBookingWithReview", () => {
  it("books distinct past slots inside opening hours and keeps the rating aggregates exact", async () => {
    const provider = await makeProvider({
      services: [{ name: "Deep clean", durationMin: 180, bufferBeforeMin: 15, bufferAfterMin: 30, priceAmount: 20000 }],
      weeklyHours: weeklyHours([2, 4], "09:00", "13:00"),
    });
    const customer = await makeCustomer();
    const serviceId = provider.services[0].id;
    const ratings = [5, 4, 4, 1];
    const now = new Date();
    const created = [];
    // Same requested day each time: the builder must walk back instead of double-booking.
    for (const rating of ratings) {
      created.push(await makePastBookingWithReview({ serviceId, customerId: customer.id, rating, daysAgo: 2, localStartMinute: 600 }));
    }

    const bookings = created.map((c) => c.booking).sort((a, b) => +a.startsAt - +b.startsAt);
    for (const [i, booking] of bookings.entries()) {
      expect(booking.status).toBe("COMPLETED");
      expect(booking.blockEndsAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(+booking.startsAt - +booking.blockStartsAt).toBe(15 * 60_000);
      expect(+booking.blockEndsAt - +booking.endsAt).toBe(30 * 60_000);
      const local = DateTime.fromJSDate(booking.startsAt, { zone: "America/New_York" });
      expect([2, 4]).toContain(local.weekday);
      // 10:00 + 180 min + 30 min buffer overruns 13:00, so the opening time (plus buffer) is used.
      expect(local.toFormat("HH:mm")).toBe("09:15");
      if (i > 0) expect(+booking.blockStartsAt).toBeGreaterThanOrEqual(+bookings[i - 1].blockEndsAt);
    }

    const profile = await db.providerProfile.findUniqueOrThrow({ where: { id: provider.id } });
    expect(profile).toMatchObject({ ratingCount: 4, ratingSum: 14, rating1: 1, rating2: 0, rating3: 0, rating4: 2, rating5: 1 });
    const reviews = await db.review.findMany({ where: { subjectId: provider.userId } });
    expect(reviews.every((r) => r.direction === "CUSTOMER_TO_PROVIDER" && r.publishedAt !== null)).toBe(true);
  });

  it("rejects ratings outside 1–5", async () => {
    const provider = await makeProvider();
    const customer = await makeCustomer();
    await expect(
      makePastBookingWithReview({ serviceId: provider.services[0].id, customerId: customer.id, rating: 6 }),
    ).rejects.toThrow(/rating/);
  });
});

describe("createBooking", () => {
  it("copies price and policy, and its busy block meets the exclusion constraint", async () => {
    const provider = await makeProvider({ services: [{ durationMin: 60, bufferAfterMin: 30, priceAmount: 9900 }] });
    const customer = await makeCustomer();
    const serviceId = provider.services[0].id;
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const booking = await makeBooking({ serviceId, customerId: customer.id, startsAt });
    expect(booking).toMatchObject({ status: "CONFIRMED", priceAmount: 9900, currency: "USD", timeZone: "America/New_York" });
    const row = await db.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { policySnapshot: true } });
    expect(row.policySnapshot).toEqual(cancellationPolicies.MODERATE);
    // Starts inside the first booking's after-buffer: the database must refuse it.
    await expect(
      makeBooking({ serviceId, customerId: customer.id, startsAt: new Date(+startsAt + 75 * 60_000) }),
    ).rejects.toThrow();
  });
});

describe("localMinuteToUtc", () => {
  it("keeps wall-clock times across Sydney's DST start (4 October 2026)", () => {
    const zone = "Australia/Sydney";
    const before = DateTime.fromISO("2026-10-03", { zone });
    const after = DateTime.fromISO("2026-10-04", { zone });
    expect(localMinuteToUtc(before, 600, zone).toISOString()).toBe("2026-10-03T00:00:00.000Z");
    expect(localMinuteToUtc(after, 600, zone).toISOString()).toBe("2026-10-03T23:00:00.000Z");
  });
});
