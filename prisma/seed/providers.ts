import type { Db, Tx } from "../../lib/core/db";
import type { VerificationState } from "../../lib/generated/prisma/enums";
import { CITIES } from "../../lib/search/cities";
import { slugify } from "../../lib/users/provider-slug";
import { currencyForCountry, serviceRows, serviceSelect, type SeededService, type ServiceSpec } from "./services";
import { WEEKDAYS, weeklyHours, type WeeklyWindow } from "./time";
import { uniqueToken, userData, userSelect, type CreateUserOptions, type SeededUser } from "./users";

export interface CreateProviderOptions extends Omit<CreateUserOptions, "role" | "isSuperAdmin"> {
  businessName?: string;
  /** Defaults to a free slug derived from the business name. */
  slug?: string;
  /** Defaults to the first service and the city, so builders make complete (live) listings. */
  headline?: string;
  /** Defaults to one sentence naming the business and city: a live listing needs a bio. */
  bio?: string;
  /** ISO 639-1 codes. */
  languages?: string[];
  serviceRadiusKm?: number | null;
  addressLine?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2; also picks the default currency. */
  country?: string;
  /** IANA zone the weekly hours are read in; the user's zone defaults to it too. */
  timeZone?: string;
  lat?: number | null;
  lng?: number | null;
  verification?: VerificationState;
  /**
   * Connect onboarding finished (default true, so seeded and test providers can take paid
   * bookings): details submitted, payouts enabled and a test-mode account id `tm_acct_<slug>`.
   * `payoutsEnabled: false` makes a provider who has not onboarded yet.
   */
  payoutsEnabled?: boolean;
  detailsSubmitted?: boolean;
  stripeAccountId?: string | null;
  /** Full control over the services. Without it, one default service per category slug. */
  services?: ServiceSpec[];
  categorySlugs?: string[];
  /** Defaults to Mon–Fri 09:00–17:00 local. */
  weeklyHours?: WeeklyWindow[];
}

export interface SeededProvider {
  id: string;
  userId: string;
  slug: string;
  businessName: string;
  city: string;
  country: string;
  timeZone: string;
  user: SeededUser;
  services: SeededService[];
  availability: WeeklyWindow[];
}

/**
 * Location defaults: a known city (see cities.ts) fills in its own region, country, zone and centre,
 * so `createProvider(db, { city: "Sydney" })` is consistent; anything else falls back to Brooklyn.
 */
function locationFor(options: CreateProviderOptions) {
  const known = CITIES[options.city ?? "Brooklyn"] ?? CITIES.Brooklyn;
  return {
    city: options.city ?? known.city,
    region: options.region ?? known.region,
    country: options.country ?? known.country,
    timeZone: options.timeZone ?? known.timeZone,
    lat: options.lat !== undefined ? options.lat : known.lat,
    lng: options.lng !== undefined ? options.lng : known.lng,
  };
}

/** `base`, or `base-2`, `base-3` … whichever is free. Racy across processes: tests pass explicit slugs. */
export async function freeSlug(client: Db | Tx, base: string): Promise<string> {
  const rows = await client.providerProfile.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A User with role PROVIDER, its ProviderProfile, services and weekly hours, in one nested write. */
export async function createProvider(client: Db | Tx, options: CreateProviderOptions = {}): Promise<SeededProvider> {
  const location = locationFor(options);
  const businessName = options.businessName ?? `Test Provider ${uniqueToken().slice(0, 6)}`;
  const currency = currencyForCountry(location.country);
  const specs = options.services ?? (options.categorySlugs ?? ["cleaning"]).map((categorySlug) => ({ categorySlug }));
  const services = await serviceRows(client, specs, currency);
  const hours = options.weeklyHours ?? weeklyHours(WEEKDAYS, "09:00", "17:00");
  const user = await userData({ ...options, name: options.name ?? businessName, timeZone: location.timeZone }, "PROVIDER");

  const slug = options.slug ?? (await freeSlug(client, slugify(businessName)));
  const payoutsEnabled = options.payoutsEnabled ?? true;
  const profile = await client.providerProfile.create({
    data: {
      slug,
      businessName,
      headline: options.headline ?? `${services[0]?.name ?? "Local services"} in ${location.city}`,
      bio: options.bio ?? `${businessName} works in and around ${location.city}.`,
      languages: options.languages ?? ["en"],
      serviceRadiusKm: options.serviceRadiusKm !== undefined ? options.serviceRadiusKm : 15,
      addressLine: options.addressLine ?? "",
      city: location.city,
      region: location.region,
      postalCode: options.postalCode ?? "",
      country: location.country,
      timeZone: location.timeZone,
      lat: location.lat,
      lng: location.lng,
      verification: options.verification,
      verifiedAt: options.verification === "VERIFIED" ? (options.createdAt ?? new Date()) : null,
      payoutsEnabled,
      detailsSubmitted: options.detailsSubmitted ?? payoutsEnabled,
      stripeAccountId: options.stripeAccountId !== undefined ? options.stripeAccountId : payoutsEnabled ? `tm_acct_${slug}` : null,
      createdAt: options.createdAt,
      user: { create: { ...user, role: "PROVIDER" } },
      services: { createMany: { data: services } },
      availability: { createMany: { data: hours } },
    },
    select: {
      id: true,
      userId: true,
      slug: true,
      businessName: true,
      city: true,
      country: true,
      timeZone: true,
      user: { select: userSelect },
      services: { select: serviceSelect },
      availability: {
        select: { weekday: true, startMinute: true, endMinute: true },
        orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
      },
    },
  });
  // One INSERT gives every service the same createdAt, so restore the caller's order by name.
  const order = services.map((s) => s.name);
  profile.services.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return profile;
}
