import { tempDataDir } from "@/lib/messaging/testing/temp-data-dir";
import { rm } from "node:fs/promises";
import sharp from "sharp";
import type { Actor } from "@/lib/core/auth/actor";
import { db } from "@/lib/core/db";
import { makeCategoryTree, makeCustomer, makeProvider } from "@/lib/testing/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { GET as listServices, POST as createService } from "./route";
import { PATCH as patchService } from "./[id]/route";
import { POST as pauseService } from "./[id]/pause/route";
import { POST as archiveService } from "./[id]/archive/route";
import { PATCH as patchProfile } from "../providers/me/route";
import { POST as uploadPhoto } from "../providers/me/photo/route";
import { GET as readiness } from "../providers/me/readiness/route";
import { GET as publicProfile } from "../providers/[slug]/route";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();
afterAll(() => rm(tempDataDir, { recursive: true, force: true }));

const origin = "http://localhost:3000";
const session = { cookie: "next-auth.session-token=test" };
const json = (method: string, path: string, body?: unknown) =>
  new Request(`${origin}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body), headers: { ...session, origin, "content-type": "application/json" } });
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
const noParams = params({});

let categories: Record<string, string>;
beforeAll(async () => {
  categories = await makeCategoryTree();
});

describe("listing REST routes", () => {
  it("401 anonymous, 403 customers, 404 for another provider's service, in the one error shape", async () => {
    const a = await makeProvider();
    const b = await makeProvider();
    const customer = await makeCustomer();
    const serviceId = a.services[0].id;

    mockActor = null;
    expect((await createService(json("POST", "/api/services", {}), noParams)).status).toBe(401);
    expect((await patchProfile(json("PATCH", "/api/providers/me", { headline: "x" }), noParams)).status).toBe(401);

    mockActor = { userId: customer.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
    const refused = await patchService(json("PATCH", `/api/services/${serviceId}`, { priceAmount: 100 }), params({ id: serviceId }));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("FORBIDDEN");
    expect((await readiness(new Request(`${origin}/api/providers/me/readiness`, { headers: session }), noParams)).status).toBe(403);

    mockActor = { userId: b.userId, role: "PROVIDER", isSuperAdmin: false, providerId: b.id };
    expect((await patchService(json("PATCH", `/api/services/${serviceId}`, { priceAmount: 100 }), params({ id: serviceId }))).status).toBe(404);
    expect((await pauseService(json("POST", `/api/services/${serviceId}/pause`), params({ id: serviceId }))).status).toBe(404);
    expect((await archiveService(json("POST", `/api/services/${serviceId}/archive`), params({ id: serviceId }))).status).toBe(404);
    expect(await db.service.findUniqueOrThrow({ where: { id: serviceId } })).toMatchObject({ priceAmount: 8_500, active: true, archivedAt: null });
  });

  it("a provider creates, edits, pauses and archives a service, with field errors as 422", async () => {
    const p = await makeProvider();
    mockActor = { userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id };
    const invalid = await createService(json("POST", "/api/services", { name: "Tiles", categoryId: categories.home, priceAmount: 5_000, currency: "USD", durationMin: 60, depositAmount: 6_000 }), noParams);
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error.details.fields).toEqual({ depositAmount: ["The deposit cannot be more than the price"] });
    const parent = await createService(json("POST", "/api/services", { name: "Tiles", categoryId: categories.home, priceAmount: 5_000, currency: "USD", durationMin: 60 }), noParams);
    expect((await parent.json()).error.details.fields).toEqual({ categoryId: ["Choose a more specific category"] });

    const created = await createService(json("POST", "/api/services", { name: "Tiles", categoryId: categories.handyman, priceAmount: 5_000, currency: "USD", durationMin: 60 }), noParams);
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const patched = await patchService(json("PATCH", `/api/services/${id}`, { priceAmount: 7_000, rescheduleCutoffHours: 12 }), params({ id }));
    expect(await patched.json()).toMatchObject({ id, priceAmount: 7_000, rescheduleCutoffHours: 12 });
    expect(await (await pauseService(json("POST", `/api/services/${id}/pause`), params({ id }))).json()).toMatchObject({ active: false });
    expect((await archiveService(json("POST", `/api/services/${id}/archive`), params({ id }))).status).toBe(200);
    const listed = await (await listServices(new Request(`${origin}/api/services`, { headers: session }), noParams)).json();
    expect(listed.data.map((s: { id: string }) => s.id)).not.toContain(id);
  });

  it("uploads are judged by their bytes: a PNG named .txt is accepted, text named .png is 415", async () => {
    const p = await makeProvider();
    mockActor = { userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id };
    const upload = (bytes: Buffer, name: string, type: string) => {
      const form = new FormData();
      form.append("file", new File([new Uint8Array(bytes)], name, { type }));
      return uploadPhoto(new Request(`${origin}/api/providers/me/photo`, { method: "POST", body: form, headers: { ...session, origin } }), noParams);
    };
    const png = await sharp({ create: { width: 600, height: 600, channels: 3, background: "#3a7" } }).png().toBuffer();
    const accepted = await upload(png, "notes.txt", "text/plain");
    expect(accepted.status).toBe(201);
    expect((await accepted.json()).photo.small).toMatch(/-400\.webp/);
    const refused = await upload(Buffer.from("hello, I am text"), "photo.png", "image/png");
    expect(refused.status).toBe(415);
    expect((await refused.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("a not-live provider's public profile is 404 to others and a preview to the owner", async () => {
    const p = await makeProvider({ headline: "" });
    const slug = p.slug;
    mockActor = null;
    expect((await publicProfile(new Request(`${origin}/api/providers/${slug}`), params({ slug }))).status).toBe(404);
    mockActor = { userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id };
    const preview = await publicProfile(new Request(`${origin}/api/providers/${slug}`, { headers: session }), params({ slug }));
    expect(await preview.json()).toMatchObject({ slug, listed: false });
    const check = await (await readiness(new Request(`${origin}/api/providers/me/readiness`, { headers: session }), noParams)).json();
    expect(check.live).toBe(false);
    expect(check.items[0]).toMatchObject({ key: "profile", done: false, missing: ["headline"] });
    expect((await patchProfile(json("PATCH", "/api/providers/me", { headline: "Now complete", lat: 100 }), noParams)).status).toBe(422);
    expect((await patchProfile(json("PATCH", "/api/providers/me", { headline: "Now complete" }), noParams)).status).toBe(200);
    mockActor = null;
    expect((await publicProfile(new Request(`${origin}/api/providers/${slug}`), params({ slug }))).status).toBe(200);
  });
});
