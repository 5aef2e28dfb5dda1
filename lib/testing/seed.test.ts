import { verifyPassword } from "../core/auth/password";
import { db } from "../core/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PLUMBER_SLUG, DEMO_PROVIDER_SLUG, demoEmails, isDatabaseSeeded, seedDemo } from "../../prisma/seed/demo";
import { planDemo } from "../../prisma/seed/demo-plan";
import { setupTestDatabase } from "./test-database";

// Not a React hook despite the name: registers beforeAll/afterAll for this file.
setupTestDatabase();

// On PostgreSQL other test files write to the same database, so look only at the seeded rows.
const seededEmails = { in: demoEmails() };
const seededProvider = { user: { email: seededEmails } };

async function seededCounts() {
  const [users, providers, services, bookings, reviews] = await Promise.all([
    db.user.count({ where: { email: seededEmails } }),
    db.providerProfile.count({ where: seededProvider }),
    db.service.count({ where: { provider: seededProvider } }),
    db.booking.count({ where: { provider: seededProvider } }),
    db.review.count({ where: { subject: { email: seededEmails } } }),
  ]);
  return { users, providers, services, bookings, reviews };
}

describe("seedDemo", () => {
  let firstRun: Awaited<ReturnType<typeof seedDemo>>;

  // Seeding writes a few thousand rows in one transaction: over a network connection on a busy CI
  // machine that can take longer than the default per-hook limit. A hang guard, not a speed target.
  beforeAll(async () => {
    firstRun = await seedDemo(db);
  }, 180_000);

  it("is idempotent: a second run creates nothing", async () => {
    expect(await isDatabaseSeeded(db)).toBe(true);
    const before = await seededCounts();
    const secondRun = await seedDemo(db);
    expect(secondRun.created).toBe(false);
    expect(await seededCounts()).toEqual(before);
    // A shared PostgreSQL database may have been seeded by an earlier run; on PGlite this run seeded it.
    if (firstRun.created) {
      expect(before).toEqual({
        users: firstRun.users,
        providers: firstRun.providers,
        services: firstRun.services,
        bookings: firstRun.bookings,
        reviews: firstRun.reviews,
      });
    }
  });

  it("builds a category tree of at least two levels", async () => {
    const categories = await db.category.findMany({ select: { id: true, parentId: true } });
    expect(categories.length).toBeGreaterThanOrEqual(8);
    const roots = categories.filter((c) => c.parentId === null);
    const children = categories.filter((c) => c.parentId !== null);
    expect(roots.length).toBeGreaterThanOrEqual(2);
    expect(children.length).toBeGreaterThanOrEqual(6);
    const ids = new Set(categories.map((c) => c.id));
    expect(children.every((c) => ids.has(c.parentId!))).toBe(true);
  });

  it("creates 60+ providers in 3+ cities, each bookable", async () => {
    const providers = await db.providerProfile.findMany({
      where: seededProvider,
      select: {
        city: true,
        timeZone: true,
        lat: true,
        _count: { select: { availability: true, services: { where: { active: true } } } },
        services: { select: { bookingMode: true, priceAmount: true, currency: true } },
      },
    });
    expect(providers.length).toBeGreaterThanOrEqual(60);
    expect(new Set(providers.map((p) => p.city)).size).toBeGreaterThanOrEqual(3);
    for (const p of providers) {
      expect(p._count.services).toBeGreaterThanOrEqual(1);
      expect(p._count.availability).toBeGreaterThanOrEqual(1);
      expect(p.lat).not.toBeNull();
      expect(Intl.DateTimeFormat(undefined, { timeZone: p.timeZone }).resolvedOptions().timeZone).toBe(p.timeZone);
    }
    const modes = new Set(providers.flatMap((p) => p.services.map((s) => s.bookingMode)));
    expect(modes).toEqual(new Set(["INSTANT", "REQUEST"]));
    const services = providers.flatMap((p) => p.services);
    expect(services.every((s) => Number.isInteger(s.priceAmount) && s.priceAmount > 0)).toBe(true);
  });

  it("creates the three demo accounts with the demo password", async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user).toMatchObject({ role: account.role, name: account.name, timeZone: account.timeZone });
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.admin.email } });
    expect(admin.isSuperAdmin).toBe(true);
    const demo = await db.providerProfile.findUniqueOrThrow({
      where: { slug: DEMO_PROVIDER_SLUG },
      include: { user: true, services: true, availability: true },
    });
    expect(demo).toMatchObject({ businessName: "Hearth Demo Cleaning", city: "Brooklyn", timeZone: "America/New_York" });
    expect(demo.user.email).toBe(DEMO_ACCOUNTS.provider.email);
    const active = demo.services.filter((s) => s.active);
    expect(active.map((s) => s.bookingMode)).toEqual(expect.arrayContaining(["INSTANT", "REQUEST"]));
    const hours = demo.availability.map((r) => [r.weekday, r.startMinute, r.endMinute]).sort((a, b) => a[0] - b[0]);
    expect(hours).toEqual([1, 2, 3, 4, 5, 6, 7].map((d) => [d, 8 * 60, 20 * 60]));
  });

  it("seeds a demo plumber open around the clock, with an instant call-out under the flexible policy", async () => {
    const plumber = await db.providerProfile.findUniqueOrThrow({
      where: { slug: DEMO_PLUMBER_SLUG },
      include: { user: true, services: true, availability: true },
    });
    expect(plumber.user.email).toBe(DEMO_ACCOUNTS.plumber.email);
    const hours = plumber.availability.map((r) => [r.weekday, r.startMinute, r.endMinute]).sort((a, b) => a[0] - b[0]);
    expect(hours).toEqual([1, 2, 3, 4, 5, 6, 7].map((d) => [d, 0, 24 * 60]));
    expect(plumber.services.map((s) => [s.name, s.bookingMode, s.cancellationPolicy, s.priceAmount])).toEqual([
      ["Emergency call-out", "INSTANT", "FLEXIBLE", 12_500],
    ]);
  });

  it("keeps every seeded provider's rating aggregates equal to its published reviews", async () => {
    const providers = await db.providerProfile.findMany({
      where: seededProvider,
      select: {
        userId: true, ratingCount: true, ratingSum: true,
        rating1: true, rating2: true, rating3: true, rating4: true, rating5: true,
      },
    });
    const reviews = await db.review.findMany({
      where: { direction: "CUSTOMER_TO_PROVIDER", publishedAt: { not: null }, subjectId: { in: providers.map((p) => p.userId) } },
      select: { subjectId: true, rating: true },
    });
    expect(reviews.length).toBeGreaterThanOrEqual(100);
    for (const p of providers) {
      const ratings = reviews.filter((r) => r.subjectId === p.userId).map((r) => r.rating);
      const histogram = [1, 2, 3, 4, 5].map((stars) => ratings.filter((r) => r === stars).length);
      expect([p.ratingCount, p.ratingSum]).toEqual([ratings.length, ratings.reduce((a, b) => a + b, 0)]);
      expect([p.rating1, p.rating2, p.rating3, p.rating4, p.rating5]).toEqual(histogram);
    }
    expect(new Set(reviews.map((r) => r.rating)).size).toBe(5);
  });

  it("never overlaps one provider's past bookings, and all but the demo clean awaiting completion are completed", async () => {
    const bookings = await db.booking.findMany({
      where: { provider: seededProvider },
      select: { id: true, providerId: true, status: true, endsAt: true, blockStartsAt: true, blockEndsAt: true, completedAt: true },
      orderBy: [{ providerId: "asc" }, { blockStartsAt: "asc" }],
    });
    const now = Date.now();
    const awaiting = await bookingAwaitingCompletion();
    bookings.forEach((b, i) => {
      if (b.id === awaiting?.id) expect(b.status).toBe("CONFIRMED");
      else {
        expect(b.status).toBe("COMPLETED");
        expect(b.completedAt!.getTime()).toBeLessThanOrEqual(now);
      }
      expect(b.endsAt.getTime()).toBeLessThanOrEqual(now);
      const previous = bookings[i - 1];
      if (previous?.providerId === b.providerId) expect(+b.blockStartsAt).toBeGreaterThanOrEqual(+previous.blockEndsAt);
    });
  });

  it("books one clean that has just ended through the real payment flow, for the provider to complete", async () => {
    const booking = await bookingAwaitingCompletion();
    expect(booking).not.toBeNull();
    expect(booking!.customer.email).toBe(DEMO_ACCOUNTS.customer.email);
    expect(booking!.service.name).toBe("Standard home clean");
    const ageMs = Date.now() - booking!.endsAt.getTime();
    // Ended, and not so long ago that the scheduler's auto-completion (24 h after the end) takes it first.
    expect(ageMs).toBeGreaterThan(0);
    expect(ageMs).toBeLessThan(24 * 3_600_000);
    expect(booking!.payment).toMatchObject({ status: "AUTHORIZED", amount: booking!.priceAmount, processor: "test-mode" });
    // Authorized only: the ledger records money once it is captured.
    expect(await db.ledgerTransaction.count({ where: { paymentId: booking!.payment!.id } })).toBe(0);
  });
});

/** The seeded booking whose end has passed but which nobody has completed yet (null if the seed made none). */
function bookingAwaitingCompletion() {
  return db.booking.findFirst({
    where: { status: "CONFIRMED", provider: { slug: DEMO_PROVIDER_SLUG }, customer: { email: DEMO_ACCOUNTS.customer.email }, endsAt: { lte: new Date() } },
    select: {
      id: true,
      endsAt: true,
      priceAmount: true,
      customer: { select: { email: true } },
      service: { select: { name: true } },
      payment: { select: { id: true, status: true, amount: true, processor: true } },
    },
  });
}

describe("planDemo", () => {
  it("is deterministic for a seed and varies between seeds", () => {
    expect(planDemo(7)).toEqual(planDemo(7));
    expect(planDemo(7).providers.map((p) => p.businessName)).not.toEqual(planDemo(8).providers.map((p) => p.businessName));
  });
});
