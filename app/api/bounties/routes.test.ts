import type { Actor } from "@/lib/core/auth/actor";
import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { bidder, bountyInput, DECLINED_CARD, GOOD_CARD, poster, withTemporaryStorage } from "@/lib/bounties/test-helpers";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { uniqueToken } from "@/prisma/seed/builders";
import { GET as list, POST as create } from "./route";
import { GET as show } from "./[id]/route";
import { GET as offers, POST as offer } from "./[id]/offers/route";
import { POST as accept } from "./[id]/offers/[offerId]/accept/route";
import { POST as submit } from "./[id]/submit/route";
import { POST as upload } from "./photos/route";
import { POST as resolve } from "../admin/bounties/[id]/resolve/route";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();
withTemporaryStorage();

const origin = "http://localhost:3000";
const as = (actor: Actor | null) => (mockActor = actor);
const headers = (key?: string) => ({ cookie: "next-auth.session-token=test", origin, "content-type": "application/json", ...(key ? { "idempotency-key": key } : {}) });
const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const postJson = (path: string, body: unknown, key?: string) => new Request(`${origin}${path}`, { method: "POST", body: JSON.stringify(body), headers: headers(key) });
const get = (path: string, signedIn = true) => new Request(`${origin}${path}`, { headers: signedIn ? headers() : {} });

const spot = { lat: -45 + Math.random(), lng: 170 + Math.random() };

async function openBounty() {
  const p = await poster();
  as(p);
  // Real time here (routes take no clock): due in ten days from now.
  // A spot of its own, so the board query below finds it among other files' bounties.
  const body = { ...bountyInput(), lat: spot.lat, lng: spot.lng, dueAt: new Date(Date.now() + 10 * 86_400_000).toISOString() };
  const res = await create(postJson("/api/bounties", body), ctx());
  expect(res.status).toBe(201);
  return { p, bounty: await res.json() };
}

describe("bounty routes", () => {
  it("create, read publicly and privately, offer, and list only one's own offer", async () => {
    as(null);
    expect((await create(postJson("/api/bounties", bountyInput()), ctx())).status).toBe(401);
    const { p, bounty } = await openBounty();
    expect(bounty).toMatchObject({ status: "OPEN", viewerRole: "poster", allowed: { accept: true, cancel: true } });

    const anonymous = await show(get(`/api/bounties/${bounty.id}`, false), ctx({ id: bounty.id }));
    expect(await anonymous.json()).toMatchObject({ id: bounty.id, viewerRole: "public", addressLine: null, payment: null });

    const a = await bidder();
    const b = await bidder();
    as(a);
    const made = await offer(postJson(`/api/bounties/${bounty.id}/offers`, { amount: 18_000, message: "Saturday morning works for me.", etaDays: 2 }), ctx({ id: bounty.id }));
    expect(made.status).toBe(201);
    as(b);
    await offer(postJson(`/api/bounties/${bounty.id}/offers`, { amount: 16_000, message: "I can come tomorrow evening.", etaDays: 1 }), ctx({ id: bounty.id }));
    const own = await (await offers(get(`/api/bounties/${bounty.id}/offers`), ctx({ id: bounty.id }))).json();
    expect(own.data.map((o: { amount: number }) => o.amount)).toEqual([16_000]);
    as(p);
    expect((await (await offers(get(`/api/bounties/${bounty.id}/offers`), ctx({ id: bounty.id }))).json()).data).toHaveLength(2);

    const board = await (await list(get(`/api/bounties?lat=${spot.lat}&lng=${spot.lng}&radiusKm=1&limit=50`, false), ctx())).json();
    expect(board.data.map((c: { id: string }) => c.id)).toContain(bounty.id);
  });

  it("accept: 402 on a declined card with nothing changed, then an idempotent accept, then 409 with the current status", async () => {
    const { p, bounty } = await openBounty();
    const a = await bidder();
    as(a);
    const { myOffer } = await (await offer(postJson(`/api/bounties/${bounty.id}/offers`, { amount: 18_000, message: "Saturday morning works for me.", etaDays: 2 }), ctx({ id: bounty.id }))).json();
    const path = `/api/bounties/${bounty.id}/offers/${myOffer.id}/accept`;
    const params = ctx({ id: bounty.id, offerId: myOffer.id });
    as(p);

    const declined = await accept(postJson(path, { paymentMethod: DECLINED_CARD }), params);
    expect(declined.status).toBe(402);
    expect(await declined.json()).toEqual({ error: { code: "PAYMENT_FAILED", message: "Your card was declined.", details: { code: "card_declined" } } });
    expect(await db.payment.count({ where: { bountyId: bounty.id } })).toBe(0);

    const key = uniqueToken();
    // An amount in the body is not a field: the escrow is the offer's price.
    const first = await accept(postJson(path, { paymentMethod: GOOD_CARD, amount: 1 }, key), params);
    expect(first.status).toBe(200);
    const accepted = await first.json();
    expect(accepted).toMatchObject({ status: "IN_PROGRESS", payment: { amount: 18_000, heldAmount: 18_000, testMode: true } });
    const replay = await accept(postJson(path, { paymentMethod: GOOD_CARD, amount: 1 }, key), params);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(accepted);

    const again = await accept(postJson(path, { paymentMethod: GOOD_CARD }), params);
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: "INVALID_STATE", details: { currentStatus: "IN_PROGRESS" } });
    expect(await db.ledgerTransaction.count({ where: { paymentId: accepted.payment ? `bpay_${bounty.id}` : "-" } })).toBe(1);

    // The clock is the server's: a `now` in the body is dropped with every other unknown key.
    as(a);
    const submitted = await (await submit(postJson(`/api/bounties/${bounty.id}/submit`, { notes: "Hinges replaced and oiled.", now: "2000-01-01T00:00:00Z" }), ctx({ id: bounty.id }))).json();
    expect(Date.parse(submitted.autoReleaseAt) - Date.now()).toBeGreaterThan((env.BOUNTY_AUTO_RELEASE_DAYS - 1) * 86_400_000);

    // Only support resolves disputes.
    as(p);
    const refused = await resolve(postJson(`/api/admin/bounties/${bounty.id}/resolve`, { outcome: "refund" }), ctx({ id: bounty.id }));
    expect(refused.status).toBe(403);
  });

  it("uploads photos as multipart, checked by their bytes", async () => {
    as(await poster());
    const form = (bytes: Buffer, name: string) => {
      const data = new FormData();
      data.set("file", new File([new Uint8Array(bytes)], name, { type: "image/png" }));
      return new Request(`${origin}/api/bounties/photos`, { method: "POST", body: data, headers: { cookie: "next-auth.session-token=test", origin } });
    };
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
    const ok = await upload(form(png, "gate.png"), ctx());
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ key: expect.stringMatching(/^bounties\/up-.+\/gate\.png$/), url: expect.stringContaining("/api/files/bounties/") });
    const notImage = await upload(form(Buffer.from("MZ\x90\x00 definitely not a picture"), "gate.png"), ctx());
    expect(notImage.status).toBe(415);
  });
});
