import { db } from "../core/db";
import { AppError } from "../core/errors";
import { setupTestDatabase } from "../testing/test-database";
import { makeBooking, makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import { EVERY_DAY, weeklyHours } from "../../prisma/seed/builders";
import { settleDispatches } from "../events/dispatch";
import { metrics } from "../core/metrics/registry";
import { setWeeklyHours } from "../availability/set-weekly-hours";
import { updateProviderProfile } from "../providers/update-provider-profile";
import { searchProviders } from "./search-providers";

setupTestDatabase();

/**
 * Provider search against a real database. The PostgreSQL test database is shared with other
 * files, so every world here is made unique: an invented word in the texts, and a point of its
 * own (the South Atlantic, where no other test puts providers) for distances.
 */

/** A word no other row contains: letters only, so trigrams and stemming treat it as a word. */
function inventedWord(): string {
  const letters = "bcdfghjklmnpqrstvwxz";
  return Array.from({ length: 9 }, () => letters[Math.floor(Math.random() * letters.length)]).join("") + "ova";
}
/** Moves a point `km` kilometres north. */
const north = (point: { lat: number; lng: number }, km: number) => ({ lat: point.lat + km / 111.195, lng: point.lng });
const ids = (result: { data: { id: string }[] }) => result.data.map((c) => c.id);

async function badRequest(query: Record<string, unknown>): Promise<Record<string, string[]>> {
  const error = await searchProviders(query).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("BAD_REQUEST");
  expect((error as AppError).status).toBe(400);
  return ((error as AppError).details as { fields: Record<string, string[]> }).fields;
}

beforeAll(async () => {
  await makeCategoryTree();
});

describe("text", () => {
  it("ranks by full-text relevance over name, headline, bio, services and categories, and forgives a typo", async () => {
    const word = inventedWord();
    const inName = await makeProvider({ businessName: `${word} Plumbing`, services: [{ name: `${word} emergency call-out`, categorySlug: "plumbing" }] });
    const inBio = await makeProvider({ bio: `Family firm; ask for the ${word} special.` });
    const elsewhere = await makeProvider({ bio: "Nothing to see here." });

    expect(ids(await searchProviders({ q: word }))).toEqual([inName.id, inBio.id]);
    // One letter dropped: no full-text hit, but the trigram match still finds the name.
    const typo = word.slice(0, 4) + word.slice(5);
    expect(ids(await searchProviders({ q: typo }))).toContain(inName.id);
    expect(ids(await searchProviders({ q: typo }))).not.toContain(elsewhere.id);
    // Every word must match; "plumbers" is stemmed to the service's "plumbing"; stop words are ignored.
    expect(ids(await searchProviders({ q: `the ${word} plumbers` }))).toEqual([inName.id]);
    expect(ids(await searchProviders({ q: `${word} unrelatedword` }))).toEqual([]);
  });

  it("matches the category tree's names and filters by a parent category's subtree", async () => {
    const word = inventedWord();
    const plumber = await makeProvider({ bio: `${word} pipes.`, services: [{ name: "Leak fix", categorySlug: "plumbing" }] });
    const tutor = await makeProvider({ bio: `${word} maths.`, services: [{ name: "Algebra", categorySlug: "tutoring" }] });
    expect(ids(await searchProviders({ q: word, category: "home" }))).toEqual([plumber.id]);
    expect(ids(await searchProviders({ q: word, category: "lessons" }))).toEqual([tutor.id]);
    expect(ids(await searchProviders({ q: word, category: "no-such-category" }))).toEqual([]);
  });
});

describe("filters", () => {
  it("price range, minimum rating, verified only and instant booking only", async () => {
    const word = inventedWord();
    const cheap = await makeProvider({ bio: `${word}.`, services: [{ name: "Quick job", categorySlug: "handyman", priceAmount: 4_000, bookingMode: "INSTANT" }] });
    const dear = await makeProvider({ bio: `${word}.`, verification: "VERIFIED", services: [{ name: "Big job", categorySlug: "handyman", priceAmount: 40_000, bookingMode: "REQUEST" }] });
    await db.providerProfile.update({ where: { id: dear.id }, data: { ratingCount: 4, ratingSum: 19 } });
    await db.providerProfile.update({ where: { id: cheap.id }, data: { ratingCount: 3, ratingSum: 10 } });

    expect(ids(await searchProviders({ q: word, maxPrice: 5_000 }))).toEqual([cheap.id]);
    expect(ids(await searchProviders({ q: word, minPrice: 5_000 }))).toEqual([dear.id]);
    expect(ids(await searchProviders({ q: word, minRating: 4.5 }))).toEqual([dear.id]);
    expect(ids(await searchProviders({ q: word, verified: "true" }))).toEqual([dear.id]);
    expect(ids(await searchProviders({ q: word, instant: "true" }))).toEqual([cheap.id]);
    expect(ids(await searchProviders({ q: word, sort: "price" }))).toEqual([cheap.id, dear.id]);
    expect(ids(await searchProviders({ q: word, sort: "rating" }))).toEqual([dear.id, cheap.id]);
  });
});

describe("distance", () => {
  const origin = { lat: -45 - Math.random() * 5, lng: -20 - Math.random() * 10 };

  it("finds providers within the radius, nearest first, with the distance on each, and respects how far each travels", async () => {
    const word = inventedWord();
    const at = (km: number, extra: { serviceRadiusKm?: number } = {}) => makeProvider({ bio: `${word}.`, ...north(origin, km), serviceRadiusKm: 100, ...extra });
    const two = await at(2);
    const eight = await at(8);
    const thirty = await at(30);
    const staysHome = await at(6, { serviceRadiusKm: 5 });
    // Not listed (no payouts): the SQL's listing rule is the same as listedProviderWhere.
    await makeProvider({ bio: `${word}.`, ...north(origin, 1), payoutsEnabled: false });

    const within10 = await searchProviders({ lat: origin.lat, lng: origin.lng, radiusKm: 10 });
    expect(ids(within10)).toEqual([two.id, eight.id]);
    expect(within10.data.map((c) => c.distanceKm)).toEqual([2, 8]);
    expect(ids(await searchProviders({ lat: origin.lat, lng: origin.lng, radiusKm: 50, q: word }))).toEqual(expect.arrayContaining([two.id, eight.id, thirty.id]));
    expect(ids(await searchProviders({ lat: origin.lat, lng: origin.lng, radiusKm: 50, sort: "distance" }))).toEqual([two.id, eight.id, thirty.id]);
    expect(ids(await searchProviders({ lat: origin.lat, lng: origin.lng, radiusKm: 50 }))).not.toContain(staysHome.id);
  });

  it("the radius is inclusive to within a metre: 9.999 km is in, 10.001 km is out", async () => {
    const edge = { lat: origin.lat - 1, lng: origin.lng };
    const inside = await makeProvider({ ...north(edge, 9.999), serviceRadiusKm: null });
    const outside = await makeProvider({ ...north(edge, 10.001), serviceRadiusKm: null });
    const found = ids(await searchProviders({ lat: edge.lat, lng: edge.lng, radiusKm: 10 }));
    expect(found).toContain(inside.id);
    expect(found).not.toContain(outside.id);
  });

  it("searches from a place name or a postcode in the Place table", async () => {
    const name = `Testville ${inventedWord()}`;
    const postalCode = `T${Math.floor(Math.random() * 1e8)}`;
    const point = { lat: -41 - Math.random(), lng: -25 - Math.random() };
    await db.place.create({ data: { id: `test-${postalCode}`, name, nameKey: name.toLowerCase(), country: "ZZ", postalCode, ...point } });
    const near = await makeProvider({ ...north(point, 3), serviceRadiusKm: null });
    expect(ids(await searchProviders({ near: name.toUpperCase(), radiusKm: 5 }))).toEqual([near.id]);
    expect(ids(await searchProviders({ near: postalCode, radiusKm: 5 }))).toEqual([near.id]);
    expect((await badRequest({ near: "Atlantis nowhere" })).near[0]).toMatch(/don't know a place/);
  });
});

describe("pages", () => {
  it.each(["relevance", "price", "rating"] as const)("keyset pages (sort %s) cover every match once", async (sort) => {
    const word = inventedWord();
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await makeProvider({ bio: `${word} ${"again ".repeat(i)}`, services: [{ name: "Job", categorySlug: "handyman", priceAmount: 1_000 * (5 - i) }] })).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await searchProviders({ q: word, sort, limit: 2, cursor });
      seen.push(...ids(result));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect([...seen].sort()).toEqual([...made].sort());
  });
});

describe("availability", () => {
  // Monday 7 January 2030 in New York; Saturday is the 12th.
  const now = Date.parse("2030-01-07T12:00:00Z");

  it("keeps only providers with a free slot of a matching service in the window, in their own time zone", async () => {
    const word = inventedWord();
    const weekdays = await makeProvider({ bio: `${word}.` }); // Mon–Fri 09–17
    const saturdays = await makeProvider({ bio: `${word}.`, weeklyHours: weeklyHours([6], "09:00", "13:00"), services: [{ name: "Sat job", categorySlug: "handyman", minNoticeMin: 0 }] });
    const tokyo = await makeProvider({ bio: `${word}.`, timeZone: "Asia/Tokyo", weeklyHours: weeklyHours(EVERY_DAY, "14:00", "18:00"), services: [{ name: "Afternoons", categorySlug: "handyman", minNoticeMin: 0 }] });

    expect(ids(await searchProviders({ q: word, available: "2030-01-12T09:00/12:00" }, { now }))).toEqual([saturdays.id]);
    expect(ids(await searchProviders({ q: word, available: "2030-01-12T14:00/16:00" }, { now }))).toEqual([tokyo.id]);
    // Tuesday 10–11: the weekday provider's hours in New York; in Tokyo that is outside 14–18.
    expect(ids(await searchProviders({ q: word, available: "2030-01-08T10:00/11:00" }, { now }))).toEqual([weekdays.id]);
  });
});

describe("availability, checked a batch at a time", () => {
  // Monday 7 January 2030; Saturday is the 12th. One search checks all of these in one batch.
  const now = Date.parse("2030-01-07T12:00:00Z");

  it("a booking or a closed-day override takes a provider out; the others in the batch stay, in their own zones", async () => {
    const word = inventedWord();
    const saturdayMorning = (extra: { timeZone?: string; bufferAfterMin?: number } = {}) =>
      makeProvider({
        bio: `${word}.`,
        ...(extra.timeZone ? { timeZone: extra.timeZone } : {}),
        weeklyHours: weeklyHours([6], "09:00", "10:00"),
        services: [{ name: "Hour", categorySlug: "handyman", durationMin: 60, minNoticeMin: 0, bufferAfterMin: extra.bufferAfterMin ?? 0 }],
      });
    const free = await saturdayMorning();
    const booked = await saturdayMorning();
    const closed = await saturdayMorning({ timeZone: "Europe/London" });
    const freeInLondon = await saturdayMorning({ timeZone: "Europe/London" });
    const customer = await makeCustomer();
    // 09:00 New York, the provider's only slot of the morning.
    await makeBooking({ serviceId: booked.services[0].id, customerId: customer.id, startsAt: new Date("2030-01-12T14:00:00Z"), status: "CONFIRMED" });
    await db.availabilityOverride.create({ data: { providerId: closed.id, date: new Date("2030-01-12T00:00:00Z"), startMinute: null, endMinute: null } });

    const found = ids(await searchProviders({ q: word, available: "2030-01-12T09:00/12:00" }, { now }));
    expect([...found].sort()).toEqual([free.id, freeInLondon.id].sort());
  });
});

describe("availability across a daylight-saving change", () => {
  it("reads the window in the provider's zone on the day clocks go forward", async () => {
    const word = inventedWord();
    // Sunday 10 March 2030: New York moves from EST (-5) to EDT (-4) at 02:00.
    const now = Date.parse("2030-03-04T12:00:00Z");
    const p = await makeProvider({ bio: `${word}.`, weeklyHours: weeklyHours([7], "09:00", "10:00"), services: [{ name: "Hour", categorySlug: "handyman", durationMin: 60, minNoticeMin: 0 }] });
    expect(ids(await searchProviders({ q: word, available: "2030-03-10T09:00/10:00" }, { now }))).toEqual([p.id]);
    // An hour later local time has no slot: read with the winter offset, 09:00 EDT would look like 10:00.
    expect(ids(await searchProviders({ q: word, available: "2030-03-10T10:00/11:00" }, { now }))).toEqual([]);
  });
});

describe("bad input is a 400 that names the parameter, and never reaches the database", () => {
  it.each([
    [{ q: "pl\0umber" }, "q"],
    [{ q: "x".repeat(101) }, "q"],
    [{ lat: 40, lng: -73, radiusKm: 0 }, "radiusKm"],
    [{ lat: 40, lng: -73, radiusKm: 501 }, "radiusKm"],
    [{ sort: "cheapest" }, "sort"],
    [{ cursor: "not-a-cursor" }, "cursor"],
    [{ cursor: Buffer.from('[1,"x\\u0000"]').toString("base64url") }, "cursor"],
    [{ sort: "distance" }, "sort"],
    [{ radiusKm: 10 }, "radiusKm"],
    [{ lat: 40 }, "lat"],
    [{ minPrice: 500, maxPrice: 100 }, "minPrice"],
    [{ available: "2030-01-12T12:00/09:00" }, "available"],
    [{ available: "2030-02-30T09:00/12:00" }, "available"],
  ])("%j → 400 on %s", async (query, field) => {
    expect(Object.keys(await badRequest(query))).toContain(field);
  });
});

describe("the result cache", () => {
  const asProvider = (p: { id: string; userId: string }) => ({ userId: p.userId, role: "PROVIDER" as const, isSuperAdmin: false, providerId: p.id });
  const searchHits = async () => (await metrics().searchCacheRequests.get()).values.find((v) => v.labels.result === "hit")?.value ?? 0;

  it("answers a repeated search from the cache, and a listing change through a use case invalidates it", async () => {
    const word = inventedWord();
    const p = await makeProvider({ bio: `${word}.` });
    expect(ids(await searchProviders({ q: word }))).toEqual([p.id]);

    // Written behind the use cases' back: no event, so the cached answer stands (within its TTL).
    const hitsBefore = await searchHits();
    const other = await makeProvider({ bio: `${word} too.` });
    expect(ids(await searchProviders({ q: word }))).toEqual([p.id]);
    expect(await searchHits()).toBe(hitsBefore + 1);

    // A profile change is an event; its handler invalidates every cached search.
    await updateProviderProfile({ actor: asProvider(p), headline: "Now with a new headline" });
    await settleDispatches();
    expect(ids(await searchProviders({ q: word })).sort()).toEqual([p.id, other.id].sort());
  });

  it("weekly hours changed through the use case invalidate availability-aware results", async () => {
    const word = inventedWord();
    const now = Date.parse("2030-01-07T12:00:00Z");
    const p = await makeProvider({ bio: `${word}.`, services: [{ name: "Job", categorySlug: "handyman", minNoticeMin: 0 }] });
    const saturdayMorning = { q: word, available: "2030-01-12T09:00/12:00" };
    expect(ids(await searchProviders(saturdayMorning, { now }))).toEqual([]);
    await setWeeklyHours({ actor: asProvider(p), weekly: [{ weekday: 6, intervals: [{ start: "09:00", end: "12:00" }] }] });
    await settleDispatches();
    expect(ids(await searchProviders(saturdayMorning, { now }))).toEqual([p.id]);
  });
});
