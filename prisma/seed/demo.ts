import { hashPassword } from "../../lib/core/auth/password";
import type { Db, Tx } from "../../lib/core/db";
import {
  createBooking,
  createCategoryTree,
  createPastBookingWithReview,
  createProvider,
  createUser,
  EVERY_DAY,
  weeklyHours,
  type SeededProvider,
} from "./builders";
import { CITIES } from "../../lib/search/cities";
import { placeRows } from "../../lib/search/places";
import { localDateDaysAgo, localMinuteToUtc } from "./time";
import { planDemo, type PlannedPerson, type PlannedReview } from "./demo-plan";
import { seedBookingAwaitingCompletion } from "./demo-booking-to-complete";

export const DEMO_PASSWORD = "hearth-demo";
export const DEMO_PROVIDER_SLUG = "hearth-demo-cleaning";
export const DEMO_PLUMBER_SLUG = "hearth-demo-plumbing";
export const DEMO_ACCOUNTS = {
  customer: { email: "customer@example.com", name: "Casey Customer", role: "CUSTOMER", timeZone: "America/New_York" },
  provider: { email: "provider@example.com", name: "Parker Provider", role: "PROVIDER", timeZone: "America/New_York" },
  admin: { email: "admin@example.com", name: "Avery Admin", role: "ADMIN", timeZone: "America/New_York" },
  plumber: { email: "plumber@example.com", name: "Pat Plumber", role: "PROVIDER", timeZone: "America/New_York" },
} as const;

/** The PRNG seed of the demo marketplace; change it and every name, price and review changes. */
export const DEMO_SEED = 20261121;
const CASEY: PlannedPerson = { ...DEMO_ACCOUNTS.customer, city: "Brooklyn" };

/** The demo plan with the demo customer among Brooklyn's reviewers. */
export function demoPlan(seed = DEMO_SEED) {
  return planDemo(seed, [CASEY]);
}

/** Every email the seed creates, so tests on a shared database can tell seeded rows from their own. */
export function demoEmails(seed = DEMO_SEED): string[] {
  const plan = demoPlan(seed);
  return [
    ...Object.values(DEMO_ACCOUNTS).map((a) => a.email),
    ...plan.customers.map((c) => c.email),
    ...plan.providers.map((p) => p.owner.email),
  ].filter((email, i, all) => all.indexOf(email) === i);
}

/** Serialises concurrent seeders (several app replicas starting at once) on PostgreSQL. */
const SEED_LOCK_KEY = 4_827_301;

export interface SeedSummary {
  created: boolean;
  categories: number;
  users: number;
  providers: number;
  services: number;
  bookings: number;
  reviews: number;
  cities: string[];
  ms: number;
}

/** The seed commits in one transaction, so the demo provider's presence means a complete seed. */
export async function isDatabaseSeeded(client: Db | Tx): Promise<boolean> {
  return (await client.providerProfile.count({ where: { slug: DEMO_PROVIDER_SLUG } })) > 0;
}

/**
 * Seeds the demo marketplace once; later calls change nothing. Everything is written in one
 * transaction so that a crash half-way leaves no partial seed for the next run to trip over.
 */
export async function seedDemo(client: Db, options: { seed?: number; now?: Date } = {}): Promise<SeedSummary> {
  const started = performance.now();
  const empty = { created: false, categories: 0, users: 0, providers: 0, services: 0, bookings: 0, reviews: 0, cities: [] };
  if (await isDatabaseSeeded(client)) return { ...empty, ms: Math.round(performance.now() - started) };

  // argon2 is slow on purpose: one hash, shared by every seeded account.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const summary = await client.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
      if (await isDatabaseSeeded(tx)) return null;
      return seedInto(tx, passwordHash, options);
    },
    { maxWait: 30_000, timeout: 180_000 },
  );
  if (!summary) return { ...empty, ms: Math.round(performance.now() - started) };
  // Booked through the real use case, which runs its own transactions: after the seed has committed.
  const awaitingCompletion = await seedBookingAwaitingCompletion(client, {
    customerEmail: DEMO_ACCOUNTS.customer.email,
    providerSlug: DEMO_PROVIDER_SLUG,
    serviceName: "Standard home clean",
    now: options.now,
  });
  return { ...summary, bookings: summary.bookings + (awaitingCompletion ? 1 : 0), ms: Math.round(performance.now() - started) };
}

async function seedInto(tx: Tx, passwordHash: string, options: { seed?: number; now?: Date }) {
  const now = options.now ?? new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const categories = await createCategoryTree(tx);
  // Search "near Williamsburg" or "near 11211" reads these (no external geocoder).
  await tx.place.createMany({ data: placeRows(), skipDuplicates: true });

  const { customer, admin } = DEMO_ACCOUNTS;
  await createUser(tx, { ...admin, isSuperAdmin: true, passwordHash, createdAt: daysAgo(400) });
  const plan = demoPlan(options.seed);

  const userIds = new Map<string, string>();
  for (const person of plan.customers) {
    const user = await createUser(tx, { ...person, role: "CUSTOMER", passwordHash, createdAt: daysAgo(200) });
    userIds.set(person.email, user.id);
  }

  const providers: SeededProvider[] = [];
  const reviews: { provider: SeededProvider; review: PlannedReview; serviceName: string }[] = [];
  for (const planned of plan.providers) {
    const provider = await createProvider(tx, {
      ...planned,
      email: planned.owner.email,
      name: planned.owner.name,
      city: planned.owner.city,
      passwordHash,
      createdAt: daysAgo(planned.joinedDaysAgo),
    });
    providers.push(provider);
    for (const review of planned.reviews) {
      reviews.push({ provider, review, serviceName: planned.services[review.serviceIndex].name! });
    }
  }

  const brooklyn = plan.customers.filter((c) => c.city === "Brooklyn" && c.email !== customer.email);
  const demoProvider = await createDemoProvider(tx, passwordHash, daysAgo(500));
  providers.push(demoProvider);
  providers.push(await createDemoPlumber(tx, passwordHash, daysAgo(300)));
  for (const review of demoProviderReviews(CASEY, brooklyn)) reviews.push({ provider: demoProvider, ...review });

  for (const { provider, review, serviceName } of reviews) {
    const service = provider.services.find((s) => s.name === serviceName)!;
    await createPastBookingWithReview(tx, { ...review, serviceId: service.id, customerId: userIds.get(review.customerEmail)!, now });
  }

  // Yesterday's clean, which neither side has reviewed yet: the demo of double-blind reviews.
  const yesterday = localDateDaysAgo(now, 1, demoProvider.timeZone);
  await createBooking(tx, {
    serviceId: demoProvider.services.find((s) => s.name === "Standard home clean")!.id,
    customerId: userIds.get(customer.email)!,
    startsAt: localMinuteToUtc(yesterday, 14 * 60, demoProvider.timeZone),
    status: "COMPLETED",
  });

  return {
    created: true,
    categories: Object.keys(categories).length,
    users: 1 + plan.customers.length + providers.length,
    providers: providers.length,
    services: providers.reduce((sum, p) => sum + p.services.length, 0),
    bookings: reviews.length + 1,
    reviews: reviews.length,
    cities: [...new Set(providers.map((p) => p.city))],
  };
}

/** The account a visitor logs in as to try the provider side: open every day, so a booking works now. */
function createDemoProvider(tx: Tx, passwordHash: string, createdAt: Date) {
  const williamsburg = CITIES.Brooklyn.neighbourhoods[0];
  return createProvider(tx, {
    ...DEMO_ACCOUNTS.provider,
    passwordHash,
    createdAt,
    businessName: "Hearth Demo Cleaning",
    slug: DEMO_PROVIDER_SLUG,
    bio: "The demo provider: book any service to see both sides of Hearth. Open every day from 8am to 8pm.",
    city: "Brooklyn",
    addressLine: "245 Bedford Ave",
    postalCode: williamsburg.postalCode,
    lat: williamsburg.lat,
    lng: williamsburg.lng,
    verification: "VERIFIED",
    payoutsEnabled: true,
    weeklyHours: weeklyHours(EVERY_DAY, "08:00", "20:00"),
    services: [
      {
        categorySlug: "cleaning",
        name: "Standard home clean",
        description: "Kitchen, bathrooms, dusting and floors.",
        priceAmount: 12500,
        durationMin: 120,
        bufferBeforeMin: 15,
        bufferAfterMin: 15,
        bookingMode: "INSTANT",
        minNoticeMin: 60,
        cancellationPolicy: "FLEXIBLE",
      },
      {
        categorySlug: "cleaning",
        name: "Deep clean",
        description: "Inside appliances, grout and baseboards; we confirm requests within a few hours.",
        priceAmount: 24000,
        durationMin: 240,
        bufferBeforeMin: 15,
        bufferAfterMin: 30,
        bookingMode: "REQUEST",
        cancellationPolicy: "MODERATE",
      },
      {
        categorySlug: "cleaning",
        name: "Move-out clean",
        description: "Empty-home clean, windows and cabinets included.",
        priceAmount: 32000,
        durationMin: 300,
        bufferBeforeMin: 15,
        bufferAfterMin: 30,
        bookingMode: "REQUEST",
        cancellationPolicy: "STRICT",
      },
    ],
  });
}

/**
 * An emergency plumber open around the clock, so "a booking that starts in a few hours" exists at
 * any time of day: the cancellation-window journeys book here, away from the cleaner's calendar.
 */
function createDemoPlumber(tx: Tx, passwordHash: string, createdAt: Date) {
  const williamsburg = CITIES.Brooklyn.neighbourhoods[0];
  return createProvider(tx, {
    ...DEMO_ACCOUNTS.plumber,
    passwordHash,
    createdAt,
    businessName: "Hearth Demo Plumbing",
    slug: DEMO_PLUMBER_SLUG,
    bio: "Burst pipes and blocked drains, day or night: open around the clock, every day of the year.",
    city: "Brooklyn",
    addressLine: "120 Grand St",
    postalCode: williamsburg.postalCode,
    lat: williamsburg.lat,
    lng: williamsburg.lng,
    verification: "VERIFIED",
    payoutsEnabled: true,
    weeklyHours: weeklyHours(EVERY_DAY, "00:00", "24:00"),
    services: [
      {
        categorySlug: "plumbing",
        name: "Emergency call-out",
        description: "A plumber at your door within the hour to stop the leak; parts are extra.",
        priceAmount: 12500,
        durationMin: 60,
        bufferBeforeMin: 30,
        bufferAfterMin: 15,
        bookingMode: "INSTANT",
        minNoticeMin: 60,
        cancellationPolicy: "FLEXIBLE",
      },
    ],
  });
}

/** Hand-written, so the page a first-time visitor lands on reads well and shows a reply or two. */
function demoProviderReviews(casey: PlannedPerson, neighbours: PlannedPerson[]) {
  const reviews: [PlannedPerson, string, number, string, number, string?][] = [
    [casey, "Standard home clean", 5, "Parker's team was on time and the apartment has never looked better.", 3, "Thanks Casey, see you next month!"],
    [neighbours[0], "Deep clean", 5, "Worth every cent: the oven looks new.", 9],
    [casey, "Deep clean", 4, "Great deep clean; ran about 30 minutes over.", 20],
    [neighbours[1], "Standard home clean", 5, "Friendly, fast and careful around my plants.", 34],
    [neighbours[2], "Move-out clean", 3, "Good job overall but they missed the inside of the cabinets.", 51, "Sorry about that, we've added cabinets to our checklist."],
  ];
  return reviews.map(([who, serviceName, rating, text, daysAgo, reply]) => ({
    serviceName,
    review: {
      serviceIndex: 0,
      customerEmail: who.email,
      rating,
      quality: rating,
      punctuality: rating,
      communication: rating,
      value: rating,
      text,
      reply,
      daysAgo,
      localStartMinute: 10 * 60,
    } satisfies PlannedReview,
  }));
}
