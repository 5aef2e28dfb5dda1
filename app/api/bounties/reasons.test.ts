import type { Actor } from "@/lib/core/auth/actor";
import { db } from "@/lib/core/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { GET as showBounty } from "@/app/api/bounties/[id]/route";
import { POST as cancelRoute } from "@/app/api/bounties/[id]/cancel/route";
import { POST as disputeRoute } from "@/app/api/bounties/[id]/dispute/route";
import { POST as requestChangesRoute } from "@/app/api/bounties/[id]/request-changes/route";
import { GET as adminQueue } from "@/app/api/admin/bounties/route";
import { cancelBounty } from "@/lib/bounties/cancel-bounty";
import { getBounty } from "@/lib/bounties/get-bounty";
import { listDisputedBounties } from "@/lib/bounties/list-disputed-bounties";
import { admin, assigned, bidder, later, setEra, submitted } from "@/lib/bounties/test-helpers";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

/**
 * The words behind a bounty's turns live on the bounty (not only in the audit trail): the poster's
 * change request, an ask to cancel and the cancellation, and who opened a dispute and why. Both
 * parties and support read them in the BountyDetail (the REST API's too); nobody else does.
 */
setupTestDatabase();
// No scheduler ticks here: an era after every tick, before the board test's (which lists every open bounty due after it).
setEra("2038-09-09T12:00:00Z");

const origin = "http://localhost:3000";
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (path: string, body: unknown) =>
  new Request(`${origin}${path}`, { method: "POST", body: JSON.stringify(body), headers: { cookie: "next-auth.session-token=test", origin, "content-type": "application/json" } });
const get = (path: string) => new Request(`${origin}${path}`, { headers: { cookie: "next-auth.session-token=test", origin } });
async function as<T>(actor: Actor | null, call: () => Promise<Response>): Promise<T> {
  mockActor = actor;
  const response = await call();
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}
type Detail = Awaited<ReturnType<typeof getBounty>>;

describe("reasons on the bounty", () => {
  it("the poster's change request: stored on the bounty, shown to both parties through the API, not to others", async () => {
    const s = await submitted();
    const reason = "The latch still sticks when it rains; please plane the gate.";
    await as<Detail>(s.poster, () => requestChangesRoute(post(`/api/bounties/${s.bountyId}/request-changes`, { reason }), ctx(s.bountyId)));
    expect(await db.bounty.findUniqueOrThrow({ where: { id: s.bountyId }, select: { changeRequestReason: true, changeRequestedAt: true } })).toEqual({
      changeRequestReason: reason,
      changeRequestedAt: expect.any(Date),
    });
    for (const viewer of [s.poster, s.provider, await admin()]) {
      const seen = await as<Detail>(viewer, () => showBounty(get(`/api/bounties/${s.bountyId}`), ctx(s.bountyId)));
      expect(seen.lastChangeRequest).toEqual({ reason, at: expect.any(String) });
    }
    const stranger = await as<Detail>(await bidder(), () => showBounty(get(`/api/bounties/${s.bountyId}`), ctx(s.bountyId)));
    expect(stranger.lastChangeRequest).toBeNull();
    expect((await as<Detail>(null, () => showBounty(get(`/api/bounties/${s.bountyId}`), ctx(s.bountyId)))).lastChangeRequest).toBeNull();
  });

  it("a mutual cancellation: the ask's reason, who confirmed, and their reason (or the ask's when they gave none)", async () => {
    const s = await assigned();
    const ask = "I'm ill this week and can't finish it.";
    const asked = await as<Detail>(s.provider, () => cancelRoute(post(`/api/bounties/${s.bountyId}/cancel`, { reason: ask }), ctx(s.bountyId)));
    expect(asked).toMatchObject({ status: "IN_PROGRESS", cancelRequest: { by: "provider", reason: ask }, cancellation: null });
    expect((await getBounty({ actor: s.poster, bountyId: s.bountyId })).cancelRequest).toEqual({ by: "provider", reason: ask });

    const confirmed = await as<Detail>(s.poster, () => cancelRoute(post(`/api/bounties/${s.bountyId}/cancel`, {}), ctx(s.bountyId)));
    expect(confirmed).toMatchObject({ status: "CANCELLED", cancellation: { by: "poster", reason: ask, at: expect.any(String) }, cancelRequest: { by: "provider", reason: ask } });
    expect((await getBounty({ actor: s.provider, bountyId: s.bountyId })).cancellation).toMatchObject({ by: "poster", reason: ask });
    expect((await getBounty({ actor: null, bountyId: s.bountyId })).cancellation).toBeNull();

    // The confirming party's own words win over the ask's.
    const t = await assigned();
    await cancelBounty({ actor: t.poster, bountyId: t.bountyId, reason: "Found someone closer to home.", now: later(1) });
    const done = await cancelBounty({ actor: t.provider, bountyId: t.bountyId, reason: "Fine by me, no hard feelings.", now: later(1) });
    expect(done).toMatchObject({ cancellation: { by: "provider", reason: "Fine by me, no hard feelings." }, cancelRequest: { by: "poster", reason: "Found someone closer to home." } });
  });

  it("support's cancellation carries support's reason", async () => {
    const s = await submitted();
    const done = await cancelBounty({ actor: await admin(), bountyId: s.bountyId, reason: "Duplicate of another bounty; refunded in full.", now: later(2) });
    expect(done.cancellation).toMatchObject({ by: "admin", reason: "Duplicate of another bounty; refunded in full." });
    expect((await getBounty({ actor: s.poster, bountyId: s.bountyId })).cancellation).toMatchObject({ by: "admin", reason: "Duplicate of another bounty; refunded in full." });
  });
});

describe("who opened a dispute, and why", () => {
  it("the bounty and the admin queue name the party (role and name) and carry the reason", async () => {
    const byPoster = await submitted();
    const byProvider = await submitted();
    const posterReason = "The gate still squeaks and the latch is broken now.";
    const providerReason = "The poster won't answer and the work was done as agreed.";
    await as<Detail>(byPoster.poster, () => disputeRoute(post(`/api/bounties/${byPoster.bountyId}/dispute`, { reason: posterReason }), ctx(byPoster.bountyId)));
    const seen = await as<Detail>(byProvider.provider, () => disputeRoute(post(`/api/bounties/${byProvider.bountyId}/dispute`, { reason: providerReason }), ctx(byProvider.bountyId)));
    const providerName = (await db.providerProfile.findUniqueOrThrow({ where: { id: byProvider.provider.providerId }, select: { businessName: true } })).businessName;
    expect(seen.dispute).toEqual({ openedBy: { role: "provider", name: providerName }, reason: providerReason, at: expect.any(String) });
    expect((await getBounty({ actor: byPoster.provider, bountyId: byPoster.bountyId })).dispute).toMatchObject({ openedBy: { role: "poster", name: "Paula Poster" }, reason: posterReason });
    expect((await getBounty({ actor: null, bountyId: byPoster.bountyId })).dispute).toBeNull();

    const support = await admin();
    const { data } = await listDisputedBounties({ actor: support });
    expect(data.find((c) => c.id === byPoster.bountyId)).toMatchObject({ openedBy: { role: "poster", name: "Paula Poster" }, disputeReason: posterReason, resolvable: true });
    expect(data.find((c) => c.id === byProvider.bountyId)).toMatchObject({ openedBy: { role: "provider", name: providerName }, disputeReason: providerReason });
    const api = await as<{ data: typeof data; failedRefunds: unknown[] }>(support, () => adminQueue(get("/api/admin/bounties"), ctx("")));
    expect(api.data.find((c) => c.id === byProvider.bountyId)?.openedBy).toEqual({ role: "provider", name: providerName });
    expect(Array.isArray(api.failedRefunds)).toBe(true);
  });
});
