import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import type { SeededProvider } from "../../prisma/seed/builders";
import { requestBooking } from "../bookings/request-booking";
import { TEST_CARD } from "../payments/test-cards";
import { getProvider } from "./get-provider";
import { getListingReadiness, isProviderListed, listingReadiness, type ReadinessFacts } from "./listing-readiness";
import { searchProviders } from "../search/search-providers";
import { updateProviderProfile } from "./update-provider-profile";

setupTestDatabase();

const asProvider = (p: SeededProvider): Actor => ({ userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id });
const asUser = (id: string, role: Actor["role"] = "CUSTOMER"): Actor => ({ userId: id, role, isSuperAdmin: false, providerId: null });

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

const complete: ReadinessFacts = { businessName: "Ana's", headline: "Deep cleans", bio: "Ten years.", city: "Brooklyn", payoutsEnabled: true, activeServiceCount: 1, weeklyRuleCount: 5 };
// Monday 7 January 2030; factory providers work Mon–Fri 09–17 New York.
const now = new Date("2030-01-07T12:00:00Z");
const tue10 = "2030-01-08T15:00:00.000Z";

beforeAll(async () => {
  await makeCategoryTree();
});

describe("listingReadiness (pure)", () => {
  it("is live only when every checklist item is done, and names what is missing with a link", () => {
    expect(listingReadiness(complete)).toMatchObject({ live: true });
    const { live, items } = listingReadiness({ ...complete, headline: " ", bio: "", activeServiceCount: 0, payoutsEnabled: false });
    expect(live).toBe(false);
    expect(items.map((i) => [i.key, i.done, i.href])).toEqual([
      ["profile", false, "/dashboard/profile"],
      ["service", false, "/dashboard/services"],
      ["hours", true, "/dashboard/availability"],
      ["payouts", false, "/dashboard/payouts"],
    ]);
    expect(items[0].missing).toEqual(["headline", "bio"]);
    expect(listingReadiness({ ...complete, weeklyRuleCount: 0 }).live).toBe(false);
  });
});

describe("readiness gating", () => {
  /** Each way of not being ready, made from a live factory provider. */
  const unready: [string, (p: SeededProvider) => Promise<unknown>][] = [
    ["no headline", (p) => db.providerProfile.update({ where: { id: p.id }, data: { headline: "" } })],
    ["no bio", (p) => db.providerProfile.update({ where: { id: p.id }, data: { bio: "" } })],
    ["no active service", (p) => db.service.updateMany({ where: { providerId: p.id }, data: { active: false } })],
    ["only archived services", (p) => db.service.updateMany({ where: { providerId: p.id }, data: { archivedAt: new Date() } })],
    ["no weekly hours", (p) => db.availabilityRule.deleteMany({ where: { providerId: p.id } })],
    ["payouts not enabled", (p) => db.providerProfile.update({ where: { id: p.id }, data: { payoutsEnabled: false } })],
  ];

  it("a live provider is in search, has a public page and is listed; the pure rule and the filter agree", async () => {
    const p = await makeProvider({ businessName: `Zebra Live ${Date.now()}` });
    expect(await isProviderListed(db, p.id)).toBe(true);
    expect((await getListingReadiness({ actor: asProvider(p) })).live).toBe(true);
    expect((await searchProviders({ q: p.businessName })).data.map((c) => c.id)).toEqual([p.id]);
    expect(await getProvider({ slug: p.slug })).toMatchObject({ id: p.id, listed: true });
  });

  it.each(unready)("%s: absent from search, 404 to others, a preview to the owner, and not bookable", async (_label, spoil) => {
    const p = await makeProvider();
    await spoil(p);
    const readiness = await getListingReadiness({ actor: asProvider(p) });
    expect(readiness.live).toBe(false);
    expect(await isProviderListed(db, p.id)).toBe(false);
    expect((await searchProviders({ q: p.businessName })).data).toEqual([]);

    const customer = await makeCustomer();
    await expectAppError(getProvider({ slug: p.slug }), "NOT_FOUND");
    await expectAppError(getProvider({ slug: p.slug, viewer: asUser(customer.id) }), "NOT_FOUND");
    expect(await getProvider({ slug: p.slug, viewer: asProvider(p) })).toMatchObject({ listed: false });

    const booking = requestBooking({ actor: asUser(customer.id), serviceId: p.services[0].id, start: tue10, paymentMethod: TEST_CARD, now });
    const error = await booking.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(["NOT_FOUND", "INVALID_STATE"]).toContain((error as AppError).code);
    expect(await db.booking.count({ where: { providerId: p.id } })).toBe(0);
    expect(await db.payment.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("a provider who completes the profile becomes live at once", async () => {
    const p = await makeProvider({ headline: "", bio: "" });
    expect(await isProviderListed(db, p.id)).toBe(false);
    await updateProviderProfile({ actor: asProvider(p), headline: "Spotless flats", bio: "Ten years of deep cleans." });
    expect(await isProviderListed(db, p.id)).toBe(true);
    const customer = await makeCustomer();
    const { booking } = await requestBooking({ actor: asUser(customer.id), serviceId: p.services[0].id, start: tue10, paymentMethod: TEST_CARD, now });
    expect(booking?.provider.id).toBe(p.id);
  });

  it("readiness is the provider's own: customers and admins are refused", async () => {
    const customer = await makeCustomer();
    await expectAppError(getListingReadiness({ actor: asUser(customer.id) }), "FORBIDDEN");
    await expectAppError(getListingReadiness({ actor: asUser(customer.id, "ADMIN") }), "FORBIDDEN");
  });
});

describe("updateProviderProfile", () => {
  it("changes the own profile only, stores the bio as plain text, audits and publishes the changed fields", async () => {
    const p = await makeProvider();
    const updated = await updateProviderProfile({
      actor: asProvider(p),
      businessName: "Ana Cleans",
      headline: "Deep cleans, Brooklyn",
      bio: '<p>Hello <b>there</b> &amp; welcome</p><script>alert(1)</script><img src=x onerror="alert(2)">Bye <3',
      city: "Queens",
      postalCode: "11101",
      country: "us",
      lat: 40.74,
      lng: -73.94,
      serviceRadiusKm: 12,
      languages: ["EN", "es"],
    });
    expect(updated).toMatchObject({ businessName: "Ana Cleans", city: "Queens", country: "US", lat: 40.74, lng: -73.94, serviceRadiusKm: 12, languages: ["en", "es"], slug: p.slug });
    expect(updated.bio).toBe("Hello there & welcome\n\nBye 3");
    const stored = await db.providerProfile.findUniqueOrThrow({ where: { id: p.id }, select: { bio: true } });
    expect(stored.bio).not.toMatch(/[<>]|script|onerror/);

    const events = await db.outboxEvent.findMany({ where: { type: "provider.profile_updated" } });
    const mine = events.filter((e) => (e.payload as { data: { providerId: string } }).data.providerId === p.id);
    expect(mine).toHaveLength(1);
    expect((mine[0].payload as { data: { fields: string[] } }).data.fields.sort()).toEqual(
      ["bio", "businessName", "city", "headline", "languages", "lat", "lng", "postalCode", "serviceRadiusKm"].sort(),
    );
    expect(await db.auditLog.count({ where: { entityType: "ProviderProfile", entityId: p.id, action: "provider.profile_updated", actorId: p.userId } })).toBe(1);

    // The same values again are no change: nothing more is recorded.
    await updateProviderProfile({ actor: asProvider(p), businessName: "Ana Cleans", languages: ["en", "es"] });
    expect(await db.auditLog.count({ where: { entityType: "ProviderProfile", entityId: p.id } })).toBe(1);
  });

  it("refuses out-of-range input field by field", async () => {
    const p = await makeProvider();
    const error = await expectAppError(
      updateProviderProfile({ actor: asProvider(p), businessName: " ", lat: 91, lng: -181, serviceRadiusKm: -1, languages: ["english"], country: "USA" }),
      "VALIDATION_FAILED",
    );
    const fields = (error.details as { fields: Record<string, string[]> }).fields;
    expect(Object.keys(fields).sort()).toEqual(["businessName", "country", "languages.0", "lat", "lng", "serviceRadiusKm"]);
    expect(fields.lat).toEqual(["The latitude must be between -90 and 90"]);
    const half = await expectAppError(updateProviderProfile({ actor: asProvider(p), lat: 40, lng: null }), "VALIDATION_FAILED");
    expect((half.details as { fields: Record<string, string[]> }).fields).toEqual({ lng: ["Enter both latitude and longitude, or neither"] });
  });

  it("a provider never edits another's profile; customers and admins cannot edit one", async () => {
    const a = await makeProvider();
    const b = await makeProvider();
    const customer = await makeCustomer();
    // The profile edited is always the session's own: B's edit lands on B, A is untouched.
    await updateProviderProfile({ actor: asProvider(b), headline: "B's headline" });
    expect((await db.providerProfile.findUniqueOrThrow({ where: { id: a.id } })).headline).not.toBe("B's headline");
    // A session claiming A's profile id with B's user is refused like a missing profile.
    await expectAppError(updateProviderProfile({ actor: { ...asProvider(b), providerId: a.id }, headline: "Hijack" }), "NOT_FOUND");
    await expectAppError(updateProviderProfile({ actor: asUser(customer.id), headline: "x" }), "FORBIDDEN");
    await expectAppError(updateProviderProfile({ actor: asUser(customer.id, "ADMIN"), headline: "x" }), "FORBIDDEN");
    expect((await db.providerProfile.findUniqueOrThrow({ where: { id: a.id } })).headline).not.toBe("Hijack");
  });
});
