import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import { getBounty } from "./get-bounty";
import { listBounties } from "./list-bounties";
import { isOwnPhotoKey } from "./photos";
import { MAX_BOUNTY_PHOTO_BYTES } from "./schemas";
import { submitWork } from "./submit-work";
import { uploadBountyPhoto } from "./upload-bounty-photo";
import { acceptOffer } from "./accept-offer";
import { admin, appError, assigned, bidder, GOOD_CARD, later, now, offerOn, post, poster, setEra, withTemporaryStorage } from "./test-helpers";

setupTestDatabase();
// The latest era of all bounty test files: the board queries below see no other file's bounties.
setEra("2040-06-06T12:00:00Z");
const storage = withTemporaryStorage();

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]);

describe("posting", () => {
  it("validates the job: lengths, budget, category, location, due date", async () => {
    const p = await poster();
    const fields = async (overrides: Parameters<typeof post>[1]) => Object.keys(((await appError(post(p, overrides))).details as { fields: object }).fields);
    expect(await fields({ title: "Too short" })).toEqual(["title"]);
    expect(await fields({ description: "Not nearly fifty characters long." })).toEqual(["description"]);
    expect(await fields({ budgetAmount: 50 })).toEqual(["budgetAmount"]);
    expect(await fields({ budgetAmount: 12.5 })).toEqual(["budgetAmount"]);
    expect(await fields({ categorySlug: "no-such-category" })).toEqual(["categorySlug"]);
    expect(await fields({ isRemote: false, addressLine: undefined })).toEqual(["addressLine"]);
    expect(await fields({ lat: 40.7, lng: undefined })).toEqual(["lat"]);
    expect(await fields({ dueAt: new Date(now().getTime() + 10 * 60_000).toISOString() })).toEqual(["dueAt"]);
    expect(await fields({ dueAt: later(400).toISOString() })).toEqual(["dueAt"]);
    expect(await fields({ currency: "XYZ1" })).toEqual(["currency"]);
    expect((await appError(post(await admin()))).code).toBe("FORBIDDEN");
  });

  it("posts a paid, a for-honor and a remote bounty; remote ones carry no address", async () => {
    const p = await poster();
    const paid = await post(p, { skills: ["Carpentry", "carpentry", "Locks"] });
    expect(paid).toMatchObject({ status: "OPEN", budgetAmount: 20_000, forHonor: false, skills: ["carpentry", "locks"], viewerRole: "poster", addressLine: "12 Prospect Park West, Brooklyn" });
    expect(paid.approxLocation).toEqual({ lat: 40.66, lng: -73.97 });
    expect(await eventCount(paid.id)).toBe(1);
    expect((await post(p, { budgetAmount: 0 })).forHonor).toBe(true);
    const remote = await post(p, { isRemote: true, addressLine: "ignored", lat: 1, lng: 2 });
    expect(remote).toMatchObject({ isRemote: true, addressLine: null, approxLocation: null });
  });
});

const eventCount = (bountyId: string) => db.auditLog.count({ where: { entityType: "Bounty", entityId: bountyId, action: "bounty.posted" } });

describe("photos", () => {
  it("accepts images by their bytes, refuses other files and oversized ones", async () => {
    const p = await poster();
    const png = await uploadBountyPhoto({ actor: p, bytes: PNG, fileName: "../../My Gate (1).PNG" });
    expect(png.key).toMatch(/^bounties\/up-[0-9a-f]{18}-[a-zA-Z0-9]{16}\/my-gate-1\.png$/);
    expect(png.url).toMatch(/^\/api\/files\/bounties\/.+\?.*sig=/);
    expect(await storage.get(png.key)).toEqual({ body: PNG, contentType: "image/png" });
    // A JPEG named .png is stored as what it is.
    expect((await uploadBountyPhoto({ actor: p, bytes: JPEG, fileName: "fake.png" })).key).toMatch(/\/fake\.jpg$/);

    expect((await appError(uploadBountyPhoto({ actor: p, bytes: Buffer.from("%PDF-1.7 not an image"), fileName: "a.jpg" }))).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect((await appError(uploadBountyPhoto({ actor: p, bytes: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), fileName: "a.svg" }))).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_BOUNTY_PHOTO_BYTES)]);
    expect((await appError(uploadBountyPhoto({ actor: p, bytes: big, fileName: "big.png" }))).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("takes at most 6 of the poster's own uploads, and shows them through signed URLs", async () => {
    const p = await poster();
    const keys = [];
    for (let i = 0; i < 7; i++) keys.push((await uploadBountyPhoto({ actor: p, bytes: PNG, fileName: `gate-${i}.png` })).key);
    expect((await appError(post(p, { photoKeys: keys }))).details).toMatchObject({ fields: { photoKeys: expect.any(Array) } });

    const someoneElse = await poster();
    const theirs = (await uploadBountyPhoto({ actor: someoneElse, bytes: PNG, fileName: "theirs.png" })).key;
    expect(isOwnPhotoKey(p.userId, theirs)).toBe(false);
    expect((await appError(post(p, { photoKeys: [keys[0], theirs] }))).details).toMatchObject({ keys: [theirs] });
    expect((await appError(post(p, { photoKeys: ["bounties/up-000000000000000000-AAAAAAAAAAAAAAAA/x.png"] }))).code).toBe("VALIDATION_FAILED");

    const bounty = await post(p, { photoKeys: keys.slice(0, 6) });
    expect(bounty.photos.map((ph) => ph.key)).toEqual(keys.slice(0, 6));
    expect(bounty.photos[0].url).toContain("sig=");
    expect(bounty.coverPhotoUrl).toContain(encodeURI(keys[0]).split("/").pop()!);
  });

  it("evidence photos are the provider's own and visible to the parties only", async () => {
    const s = await assigned();
    const posterKey = (await uploadBountyPhoto({ actor: s.poster, bytes: PNG, fileName: "poster.png" })).key;
    expect((await appError(submitWork({ actor: s.provider, bountyId: s.bountyId, notes: "Done, see photos.", photoKeys: [posterKey] }))).code).toBe("VALIDATION_FAILED");
    const proof = (await uploadBountyPhoto({ actor: s.provider, bytes: JPEG, fileName: "after.jpg" })).key;
    await submitWork({ actor: s.provider, bountyId: s.bountyId, notes: "Done, see photos.", photoKeys: [proof], now: later(1) });
    expect((await getBounty({ actor: s.poster, bountyId: s.bountyId })).submission?.photos.map((ph) => ph.key)).toEqual([proof]);
    expect((await getBounty({ actor: await bidder(), bountyId: s.bountyId })).submission).toBeNull();
  });
});

describe("the board", () => {
  const ids = (page: { data: { id: string }[] }) => page.data.map((b) => b.id);

  it("lists open bounties newest first, with category (and sub-category), budget, due, remote and distance filters, in cursor pages", async () => {
    // Later than every other bounty of this file is due, so the board shows only these.
    const base = later(200);
    const at = (minutes: number) => new Date(base.getTime() + minutes * 60_000);
    const due = (days: number) => later(days, base).toISOString();
    const p = await poster();
    const park = await post(p, { categorySlug: "handyman", budgetAmount: 20_000, dueAt: due(10) }, at(1)); // Prospect Park
    const honor = await post(p, { categorySlug: "gardening", budgetAmount: 0, lat: 40.758, lng: -73.9855, dueAt: due(3) }, at(2)); // Times Square, ~11 km
    const remote = await post(p, { categorySlug: "tutoring", budgetAmount: 5_000, isRemote: true, dueAt: due(30) }, at(3));
    const philly = await post(p, { categorySlug: "plumbing", budgetAmount: 90_000, lat: 39.9526, lng: -75.1652, dueAt: due(20) }, at(4));
    const taken = await post(p, { dueAt: due(10) }, at(5));
    const a = await bidder();
    await acceptOffer({ actor: p, bountyId: taken.id, offerId: (await offerOn(a, taken.id, 18_000, at(6))).myOffer!.id, paymentMethod: GOOD_CARD, now: at(7) });
    const query = (q: Record<string, string>) => listBounties({ query: q, now: at(10) });

    expect(ids(await query({}))).toEqual([philly.id, remote.id, honor.id, park.id]);
    expect(ids(await query({ category: "home" }))).toEqual([philly.id, honor.id, park.id]);
    expect(ids(await query({ category: "gardening" }))).toEqual([honor.id]);
    expect(ids(await query({ category: "nope" }))).toEqual([]);
    expect(ids(await query({ minBudget: "10000", maxBudget: "50000" }))).toEqual([park.id]);
    expect(ids(await query({ maxBudget: "0" }))).toEqual([honor.id]);
    expect(ids(await query({ dueWithinDays: "5" }))).toEqual([honor.id]);
    expect(ids(await query({ remote: "true" }))).toEqual([remote.id]);
    expect(ids(await query({ remote: "false" }))).toEqual([philly.id, honor.id, park.id]);

    const near = await query({ lat: "40.6602", lng: "-73.969", radiusKm: "15" });
    expect(ids(near)).toEqual([honor.id, park.id]);
    expect(near.data.find((b) => b.id === park.id)?.distanceKm).toBe(0);
    expect(near.data.find((b) => b.id === honor.id)?.distanceKm).toBeCloseTo(11, 0);
    expect(ids(await query({ lat: "40.6602", lng: "-73.969", radiusKm: "200" }))).toEqual([philly.id, honor.id, park.id]);

    const first = await query({ limit: "2" });
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await query({ limit: "2", cursor: first.nextCursor! });
    expect([...ids(first), ...ids(second)]).toEqual([philly.id, remote.id, honor.id, park.id]);
    expect(second.nextCursor).toBeNull();
    expect((await appError(query({ cursor: "garbage" }))).code).toBe("VALIDATION_FAILED");

    // Past its due date a bounty leaves the board even before the scheduler expires it.
    expect(ids(await listBounties({ query: {}, now: later(4, base) }))).toEqual([philly.id, remote.id, park.id]);
  });

  it("shows the public a short poster name and an approximate location", async () => {
    const p = await poster();
    const bounty = await post(p);
    const card = (await listBounties({ query: { lat: "40.6602", lng: "-73.969", radiusKm: "1" }, now: now() })).data.find((b) => b.id === bounty.id);
    expect(card).toMatchObject({ poster: { name: "Paula P." }, approxLocation: { lat: 40.66, lng: -73.97 }, openOfferCount: 0 });
    expect(JSON.stringify(card)).not.toContain("Prospect Park West");
  });
});
