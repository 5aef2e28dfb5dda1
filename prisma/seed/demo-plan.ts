import type { CancellationPolicy, VerificationState } from "../../lib/generated/prisma/enums";
import { CITIES, type City } from "../../lib/search/cities";
import { TRADES, type TradeTemplate } from "./demo-catalog";
import { BIO_CLOSERS, FIRST_NAMES, LAST_NAMES, REPLIES_BAD, REPLIES_GOOD, REVIEW_TEXTS, fill } from "./demo-words";
import { slugify } from "../../lib/users/provider-slug";
import { createRng, type Rng } from "./random";
import type { ServiceSpec } from "./services";
import { EVERY_DAY, WEEKDAYS, weeklyHours, type WeeklyWindow } from "./time";

/**
 * The demo marketplace as plain data, decided entirely by the seeded PRNG: the same seed gives the
 * same providers, prices and reviews on every machine. demo.ts turns it into rows with the builders.
 */
export interface DemoCity {
  city: string;
  providers: number;
  /** Price level against Austin in local currency (London prices in GBP run a little under USD). */
  priceFactor: number;
}

export const DEMO_CITIES: DemoCity[] = [
  { city: "Brooklyn", providers: 16, priceFactor: 1.15 },
  { city: "Austin", providers: 14, priceFactor: 1 },
  { city: "London", providers: 14, priceFactor: 0.85 },
  { city: "Sydney", providers: 12, priceFactor: 1.45 },
  { city: "Berlin", providers: 8, priceFactor: 0.9 },
];

export const CUSTOMERS_PER_CITY = 5;

export interface PlannedPerson {
  email: string;
  name: string;
  city: string;
  timeZone: string;
}

export interface PlannedReview {
  serviceIndex: number;
  customerEmail: string;
  rating: number;
  quality: number;
  punctuality: number;
  communication: number;
  value: number;
  text: string;
  reply?: string;
  daysAgo: number;
  localStartMinute: number;
}

export interface PlannedProvider {
  owner: PlannedPerson;
  businessName: string;
  bio: string;
  addressLine: string;
  postalCode: string;
  lat: number;
  lng: number;
  verification: VerificationState;
  joinedDaysAgo: number;
  services: ServiceSpec[];
  weeklyHours: WeeklyWindow[];
  reviews: PlannedReview[];
}

export interface DemoPlan {
  customers: PlannedPerson[];
  providers: PlannedProvider[];
}

export const HOURS_BY_GROUP: Record<string, WeeklyWindow[][]> = {
  home: [
    weeklyHours(WEEKDAYS, "08:00", "17:00"),
    weeklyHours([1, 2, 3, 4, 5, 6], "08:00", "18:00"),
    weeklyHours([2, 3, 4, 5, 6], "09:00", "18:00"),
  ],
  lessons: [
    [...weeklyHours([1, 2, 3, 4], "15:00", "20:00"), ...weeklyHours([6], "09:00", "13:00")],
    weeklyHours(WEEKDAYS, "14:00", "21:00"),
    weeklyHours([3, 4, 5, 6, 7], "10:00", "18:00"),
  ],
  wellness: [
    // Split days: early clients before work, the rest after it.
    [...weeklyHours(WEEKDAYS, "06:00", "10:00"), ...weeklyHours(WEEKDAYS, "17:00", "20:30")],
    weeklyHours([1, 2, 3, 4, 5, 6], "10:00", "19:00"),
    weeklyHours([2, 3, 4, 5, 6, 7], "09:00", "17:00"),
  ],
  pets: [weeklyHours(WEEKDAYS, "07:00", "19:00"), weeklyHours(EVERY_DAY, "08:00", "18:00")],
};

export const GROUP_OF: Record<string, string> = {
  cleaning: "home", plumbing: "home", electrical: "home", handyman: "home", gardening: "home",
  tutoring: "lessons", "music-lessons": "lessons", "language-lessons": "lessons",
  "personal-training": "wellness", massage: "wellness", yoga: "wellness",
  "dog-walking": "pets", "pet-grooming": "pets",
};

/** Three kinds of provider, so the ratings shown in search are spread rather than all 4.9. */
const RATING_TIERS: (readonly [number, number])[][] = [
  [[5, 70], [4, 25], [3, 5]],
  [[5, 35], [4, 40], [3, 15], [2, 7], [1, 3]],
  [[5, 10], [4, 25], [3, 30], [2, 20], [1, 15]],
];

/** `extraCustomers` (the demo account) join their city's pool of reviewers. */
export function planDemo(seed: number, extraCustomers: PlannedPerson[] = []): DemoPlan {
  const rng = createRng(seed);
  const emails = new Set<string>(extraCustomers.map((c) => c.email));
  const person = (city: City): PlannedPerson => {
    for (;;) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      const email = `${slugify(first)}.${slugify(last).replace(/-/g, "")}@example.com`;
      if (emails.has(email)) continue;
      emails.add(email);
      return { email, name: `${first} ${last}`, city: city.city, timeZone: city.timeZone };
    }
  };

  const customers = [...extraCustomers];
  for (const { city } of DEMO_CITIES) {
    for (let i = 0; i < CUSTOMERS_PER_CITY; i++) customers.push(person(CITIES[city]));
  }

  const businessNames = new Set<string>();
  const providers: PlannedProvider[] = [];
  let tradeCursor = 0;
  for (const demoCity of DEMO_CITIES) {
    const city = CITIES[demoCity.city];
    const locals = customers.filter((c) => c.city === city.city);
    for (let i = 0; i < demoCity.providers; i++) {
      // Walk the trades in turn so every category has providers in most cities.
      const trade = TRADES[tradeCursor++ % TRADES.length];
      providers.push(planProvider(rng, city, demoCity, trade, person(city), locals, businessNames));
    }
  }
  return { customers, providers };
}

function planProvider(
  rng: Rng,
  city: City,
  demoCity: DemoCity,
  trade: TradeTemplate,
  owner: PlannedPerson,
  locals: PlannedPerson[],
  businessNames: Set<string>,
): PlannedProvider {
  const [first, last] = owner.name.split(" ");
  const hood = rng.pick(city.neighbourhoods);
  const businessName = uniqueName(rng, businessNames, () =>
    fill(rng.pick(["{brand} {trade}", "{last} {trade}", "{hood} {trade}", "{first} {last} {trade}", "{first}'s {trade}"]), {
      brand: rng.pick(trade.brandWords), trade: rng.pick(trade.trade), last, first, hood: hood.name,
    }),
  );
  const years = rng.int(2, 22);
  const bio = [
    rng.pick([`Hi, I'm ${first}.`, `${businessName} is ${first} ${last} and a small, trusted team.`, `A family business run by ${first} ${last}.`]),
    `${years} years of experience serving ${hood.name} and nearby.`,
    rng.pick([`Known for ${rng.pick(trade.specialties)}.`, `I especially enjoy ${rng.pick(trade.specialties)}.`]),
    rng.pick(BIO_CLOSERS),
  ].join(" ");
  const street = rng.pick(city.streets);
  const number = rng.int(2, 480);

  const services: ServiceSpec[] = rng.sample(trade.services, rng.int(1, 3)).map((template) => ({
    categorySlug: trade.categorySlug,
    name: template.name,
    description: template.description,
    durationMin: template.durationMin,
    // Whole currency units ending in 0 or 5, as real price lists do.
    priceAmount: Math.max(500, Math.round((template.usdPrice * demoCity.priceFactor) / 500) * 500),
    bufferBeforeMin: trade.buffer[0],
    bufferAfterMin: trade.buffer[1],
    bookingMode: rng.chance(0.5) ? "INSTANT" : "REQUEST",
    cancellationPolicy: rng.weighted<CancellationPolicy>([["MODERATE", 50], ["FLEXIBLE", 30], ["STRICT", 20]]),
    minNoticeMin: rng.pick([60, 120, 240, 1440]),
  }));

  const tier = rng.weighted([[0, 60], [1, 30], [2, 10]]);
  const reviewCount = rng.weighted([[0, 10], [rng.int(1, 2), 30], [rng.int(3, 5), 40], [rng.int(6, 8), 20]]);
  const reviews: PlannedReview[] = [];
  let daysAgo = rng.int(1, 6);
  for (let k = 0; k < reviewCount; k++) {
    const serviceIndex = rng.int(0, services.length - 1);
    const rating = rng.weighted(RATING_TIERS[tier]);
    const customer = rng.pick(locals);
    const sub = () => Math.min(5, Math.max(1, rating + rng.weighted([[0, 70], [-1, 20], [1, 10]])));
    const words = { first, service: services[serviceIndex].name!.replace(/\s*\(.*\)$/, "").toLowerCase(), customer: customer.name.split(" ")[0] };
    reviews.push({
      serviceIndex,
      customerEmail: customer.email,
      rating,
      quality: sub(),
      punctuality: sub(),
      communication: sub(),
      value: sub(),
      text: fill(rng.pick(REVIEW_TEXTS[rating as 1 | 2 | 3 | 4 | 5]), words),
      reply: rng.chance(0.3) ? fill(rng.pick(rating >= 4 ? REPLIES_GOOD : REPLIES_BAD), words) : undefined,
      daysAgo,
      localStartMinute: rng.pick([9, 10, 11, 13, 14, 16, 18]) * 60,
    });
    daysAgo += rng.int(3, 14);
  }

  return {
    owner,
    businessName,
    bio,
    addressLine: city.country === "DE" ? `${street} ${number}` : `${number} ${street}`,
    postalCode: hood.postalCode,
    // Within ~600 m of the neighbourhood's centre, so map pins do not stack.
    lat: round5(hood.lat + (rng.next() - 0.5) * 0.012),
    lng: round5(hood.lng + (rng.next() - 0.5) * 0.012),
    verification: rng.weighted<VerificationState>([["VERIFIED", 60], ["PENDING", 15], ["UNVERIFIED", 25]]),
    joinedDaysAgo: daysAgo + rng.int(20, 400),
    services,
    weeklyHours: rng.pick(HOURS_BY_GROUP[GROUP_OF[trade.categorySlug]]),
    reviews,
  };
}

function uniqueName(rng: Rng, taken: Set<string>, make: () => string): string {
  for (let attempt = 0; ; attempt++) {
    const name = make();
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
    if (attempt > 20) return `${name} ${rng.int(2, 99)}`;
  }
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
