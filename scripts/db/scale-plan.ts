/**
 * One synthetic provider of the scale seed (npm run db:seed:scale) as plain rows, decided by a PRNG
 * seeded with the provider's index: the same N gives the same marketplace on every machine, and
 * a larger N only appends (100k → 1M reuses the first 100k). Text comes from the demo's trades and
 * word lists, so full-text and trigram search see the words real providers use.
 */
import { CITIES, type City } from "../../lib/search/cities";
import { TRADES } from "../../prisma/seed/demo-catalog";
import { GROUP_OF, HOURS_BY_GROUP } from "../../prisma/seed/demo-plan";
import { BIO_CLOSERS, FIRST_NAMES, LAST_NAMES, fill } from "../../prisma/seed/demo-words";
import { createRng } from "../../prisma/seed/random";
import { currencyForCountry } from "../../prisma/seed/services";

// Not a real hash: scale users never sign in, and argon2 would make seeding crawl.
export const NO_LOGIN = "scale-user-without-a-password";
export const SCALE_SEED = 20261203;

/** Share of providers per city, and each city's price level against Austin (as in the demo plan). */
const CITY_MIX: [name: string, weight: number, priceFactor: number][] = [
  ["Brooklyn", 25, 1.15], ["London", 25, 0.85], ["Austin", 20, 1], ["Sydney", 15, 1.45], ["Berlin", 15, 0.9],
];
/** Most providers live within a few km of a neighbourhood; a tail reaches the suburbs (40 km). */
const MAX_SPREAD_KM = 40;
const HEADLINE_OPENERS = ["Trusted", "Friendly", "Reliable", "Licensed", "Affordable", "Top-rated", "Local", "Same-week", "Experienced", "Award-winning"];
const RATING_MEANS = [4.8, 4.5, 4.1, 3.6];

export interface ScaleUser { id: string; email: string; name: string; timeZone: string }
export interface ScaleProvider {
  id: string; userId: string; slug: string; businessName: string; headline: string; bio: string; timeZone: string;
  addressLine: string; city: string; region: string; postalCode: string; country: string; lat: number; lng: number;
  serviceRadiusKm: number | null; ratings: [number, number, number, number, number]; verified: boolean; payoutsEnabled: boolean;
}
export interface ScaleService {
  id: string; providerId: string; categorySlug: string; name: string; description: string; priceAmount: number; currency: string;
  durationMin: number; bufferBeforeMin: number; bufferAfterMin: number; minNoticeMin: number; bookingMode: "INSTANT" | "REQUEST";
}
export interface ScaleRule { id: string; providerId: string; weekday: number; startMinute: number; endMinute: number }
export interface ScaleRows { user: ScaleUser; provider: ScaleProvider; services: ScaleService[]; rules: ScaleRule[] }

export function scaleProvider(index: number, seed = SCALE_SEED): ScaleRows {
  const rng = createRng(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const [cityName, , priceFactor] = rng.weighted(CITY_MIX.map((entry) => [entry, entry[1]] as const));
  const city = CITIES[cityName];
  const trade = rng.pick(TRADES);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const hood = rng.pick(city.neighbourhoods);
  const { lat, lng } = scatter(city, hood, rng.next(), rng.next(), rng.chance(0.7));
  const tradeWord = rng.pick(trade.trade);
  const businessName = fill(rng.pick(["{brand} {trade}", "{last} {trade}", "{hood} {trade}", "{first} {last} {trade}", "{first}'s {trade}"]), {
    brand: rng.pick(trade.brandWords), trade: tradeWord, last, first, hood: hood.name,
  });
  const services = rng.sample(trade.services, rng.int(1, 3));
  const headline = `${rng.pick(HEADLINE_OPENERS)} ${tradeWord.toLowerCase()} in ${hood.name}: ${services[0].name.toLowerCase()} and more`;
  const bio = [
    rng.pick([`Hi, I'm ${first}.`, `${businessName} is ${first} ${last} and a small, trusted team.`, `A family business run by ${first} ${last}.`]),
    `${rng.int(2, 22)} years of experience serving ${hood.name} and nearby.`,
    rng.pick([`Known for ${rng.pick(trade.specialties)}.`, `I especially enjoy ${rng.pick(trade.specialties)}.`]),
    rng.pick(BIO_CLOSERS),
  ].join(" ");

  const id = `scale-p-${index}`;
  const userId = `scale-u-${index}`;
  const currency = currencyForCountry(city.country);
  const buffer = trade.buffer;
  return {
    user: { id: userId, email: `scale-provider-${index}@example.test`, name: `${first} ${last}`, timeZone: city.timeZone },
    provider: {
      id, userId, slug: `scale-${index}`, businessName, headline, bio, timeZone: city.timeZone,
      addressLine: `${rng.int(2, 480)} ${rng.pick(city.streets)}`, city: city.city, region: city.region, postalCode: hood.postalCode,
      country: city.country, lat, lng,
      serviceRadiusKm: rng.weighted<number | null>([[null, 20], [5, 15], [10, 25], [15, 20], [25, 15], [50, 5]]),
      ratings: ratings(rng),
      verified: rng.chance(0.35),
      // A few providers have not finished onboarding: search must skip them.
      payoutsEnabled: rng.chance(0.97),
    },
    services: services.map((template, k) => ({
      id: `scale-s-${index}-${k}`, providerId: id, categorySlug: trade.categorySlug, name: template.name, description: template.description,
      // Whole currency units ending in 0 or 5, spread ±30% around the trade's price.
      priceAmount: Math.max(500, Math.round((template.usdPrice * priceFactor * (0.7 + 0.6 * rng.next())) / 500) * 500),
      currency, durationMin: template.durationMin, bufferBeforeMin: buffer[0], bufferAfterMin: buffer[1],
      minNoticeMin: rng.pick([60, 120, 240, 1440]), bookingMode: rng.chance(0.5) ? "INSTANT" : "REQUEST",
    })),
    rules: rng.pick(HOURS_BY_GROUP[GROUP_OF[trade.categorySlug]]).map((w, k) => ({ id: `scale-a-${index}-${k}`, providerId: id, ...w })),
  };
}

/** A point around a neighbourhood (or the city centre), denser near it: r = spread · u². */
function scatter(city: City, hood: { lat: number; lng: number }, u: number, v: number, nearHood: boolean) {
  const anchor = nearHood ? hood : city;
  const r = MAX_SPREAD_KM * u * u;
  const angle = 2 * Math.PI * v;
  const lat = anchor.lat + (r * Math.cos(angle)) / 111.045;
  const lng = anchor.lng + (r * Math.sin(angle)) / (111.32 * Math.cos((anchor.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

/** Star counts [1★ … 5★]: a fifth unrated, most with a handful, a few with hundreds. */
function ratings(rng: ReturnType<typeof createRng>): [number, number, number, number, number] {
  const count = rng.weighted([[0, 20], [rng.int(1, 5), 30], [rng.int(6, 30), 35], [rng.int(31, 200), 15]]);
  const mean = rng.pick(RATING_MEANS);
  const stars: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (let k = 0; k < count; k++) {
    const star = Math.min(5, Math.max(1, Math.round(mean + (rng.next() + rng.next() - 1) * 1.6)));
    stars[star - 1]++;
  }
  return stars;
}
