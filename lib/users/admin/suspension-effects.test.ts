import { loadActor } from "../../core/auth/load-actor";
import { db } from "../../core/db";
import { settleDispatches } from "../../events/dispatch";
import { getBounty } from "../../bounties/get-bounty";
import { listBounties } from "../../bounties/list-bounties";
import { admin as bountyAdmin, bidder, post, poster, setEra, now, offerOn } from "../../bounties/test-helpers";
import { getProvider } from "../../providers/get-provider";
import { searchProviders } from "../../search/search-providers";
import { makeCategoryTree, makeCustomer, makeProvider, TEST_PASSWORD } from "../../testing/factories";
import { setupTestDatabase } from "../../testing/test-database";
import { authenticateUser } from "../authenticate-user";
import { suspendUser } from "./suspend-user";
import { unsuspendUser } from "./unsuspend-user";
import { adminActor, rejection } from "./testing/actors";

setupTestDatabase();
// An era of its own (see lib/bounties/test-helpers.ts): its bounties stay OPEN, so after the
// job-running files' eras and before the board test's.
setEra("2039-09-09T12:00:00Z");

let ipCounter = 0;
const ip = () => `203.0.113.${(ipCounter++ % 250) + 1}`;
const REASON = "Fraudulent listing reported twice";
const LIFTED = "Identity confirmed by support";

beforeAll(async () => {
  await makeCategoryTree();
});

describe("a suspended account", () => {
  it("cannot sign in, with a message saying so only to someone who knows the password; unsuspended it can", async () => {
    const admin = await adminActor();
    const user = await makeCustomer();
    await suspendUser({ actor: admin, userId: user.id, reason: REASON });

    const refused = await rejection(authenticateUser({ email: user.email, password: TEST_PASSWORD, ip: ip() }));
    expect(refused).toMatchObject({ code: "UNAUTHENTICATED", details: { reason: "ACCOUNT_SUSPENDED" } });
    expect(refused.message).toMatch(/suspended/);
    const wrongPassword = await rejection(authenticateUser({ email: user.email, password: "not-the-password", ip: ip() }));
    expect(wrongPassword.message).toBe("Email or password is incorrect");

    await unsuspendUser({ actor: admin, userId: user.id, reason: LIFTED });
    await expect(authenticateUser({ email: user.email, password: TEST_PASSWORD, ip: ip() })).resolves.toMatchObject({ id: user.id, sessionVersion: 1 });
  });

  it("loses its sessions at once, and they stay ended after the suspension is lifted", async () => {
    const admin = await adminActor();
    const user = await makeCustomer();
    const session = { sessionVersion: 0 };
    expect(await loadActor(user.id, session)).toMatchObject({ userId: user.id });

    await suspendUser({ actor: admin, userId: user.id, reason: REASON });
    expect(await loadActor(user.id, session)).toBeNull();
    expect(await loadActor(user.id)).toBeNull();

    await unsuspendUser({ actor: admin, userId: user.id, reason: LIFTED });
    expect(await loadActor(user.id, session)).toBeNull();
    // A fresh sign-in carries the new version and works.
    expect(await loadActor(user.id, { sessionVersion: 1 })).toMatchObject({ userId: user.id, role: "CUSTOMER" });
  });

  it("takes a provider's listing off the public profile and search (cached results too) until unsuspended", async () => {
    const admin = await adminActor();
    const word = `suspendova${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 6)}`;
    const provider = await makeProvider({ bio: `Ask for the ${word} special.` });
    const found = async () => (await searchProviders({ q: word })).data.map((p) => p.id);
    expect(await found()).toEqual([provider.id]); // now cached
    await expect(getProvider({ slug: provider.slug })).resolves.toMatchObject({ id: provider.id });

    await suspendUser({ actor: admin, userId: provider.userId, reason: REASON });
    await settleDispatches(); // the user.suspended handler invalidates cached searches
    expect(await found()).toEqual([]);
    expect((await rejection(getProvider({ slug: provider.slug }))).code).toBe("NOT_FOUND");

    await unsuspendUser({ actor: admin, userId: provider.userId, reason: LIFTED });
    await settleDispatches();
    expect(await found()).toEqual([provider.id]);
    await expect(getProvider({ slug: provider.slug })).resolves.toMatchObject({ id: provider.id });
  });

  it("takes the poster's open bounties off the board and their page (support still sees them) until unsuspended", async () => {
    const admin = await adminActor();
    const p = await poster();
    const bounty = await post(p, { title: "Hang three shelves in the study" });
    const provider = await bidder();
    const onBoard = async () => (await listBounties({ query: { limit: 50 }, now: now() })).data.map((b) => b.id);
    expect(await onBoard()).toContain(bounty.id);

    await suspendUser({ actor: admin, userId: p.userId, reason: REASON });
    expect(await onBoard()).not.toContain(bounty.id);
    expect((await rejection(getBounty({ actor: null, bountyId: bounty.id }))).code).toBe("NOT_FOUND");
    expect((await rejection(getBounty({ actor: provider, bountyId: bounty.id }))).code).toBe("NOT_FOUND");
    expect((await rejection(offerOn(provider, bounty.id))).code).toBe("NOT_FOUND");
    await expect(getBounty({ actor: await bountyAdmin(), bountyId: bounty.id })).resolves.toMatchObject({ id: bounty.id, status: "OPEN" });

    await unsuspendUser({ actor: admin, userId: p.userId, reason: LIFTED });
    expect(await onBoard()).toContain(bounty.id);
    await expect(getBounty({ actor: null, bountyId: bounty.id })).resolves.toMatchObject({ id: bounty.id });
    expect(await db.offer.count({ where: { bountyId: bounty.id } })).toBe(0);
  });
});
