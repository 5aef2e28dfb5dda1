import { db } from "../core/db";
import { testModeProcessor } from "../payments/test-mode-processor";
import { setupTestDatabase } from "../testing/test-database";
import { completeOnboarding } from "./complete-onboarding";
import { getPayoutAccount } from "./get-payout-account";
import { refreshAccountStatus } from "./refresh-account-status";
import { onboardingUrls, startOnboarding } from "./start-onboarding";
import { actorOf, adminActor, customerActor, fakeStripe, providerWithActor } from "./test-fixtures";

setupTestDatabase();

const enabledEvents = (providerId: string) =>
  db.outboxEvent.count({ where: { type: "provider.payouts_enabled", payload: { path: ["data", "providerId"], equals: providerId } } });
const accountAudits = (providerId: string) => db.auditLog.count({ where: { action: "provider.payout_account_updated", entityId: providerId } });
const storedAccount = (providerId: string) =>
  db.providerProfile.findUniqueOrThrow({ where: { id: providerId }, select: { stripeAccountId: true, detailsSubmitted: true, payoutsEnabled: true } });

/** Test mode puts the account id on the return URL; that is the only way to read it from outside. */
const accountRefIn = (url: string) => new URL(url).searchParams.get("test_onboarding");

describe("onboarding in test mode", () => {
  it("creates one account, completes through the return URL and emits provider.payouts_enabled once", async () => {
    const { provider, actor } = await providerWithActor();
    expect(await getPayoutAccount({ actor })).toEqual({ hasAccount: false, detailsSubmitted: false, payoutsEnabled: false });

    const { url } = await startOnboarding({ actor, processor: testModeProcessor });
    const link = new URL(url);
    const expected = new URL(onboardingUrls().returnUrl);
    expect(`${link.origin}${link.pathname}`).toBe(`${expected.origin}${expected.pathname}`);
    expect(link.searchParams.get("onboarding")).toBe("return");
    const accountRef = accountRefIn(url)!;
    expect(accountRef).toMatch(/^tm_acct_/);
    expect(await storedAccount(provider.id)).toEqual({ stripeAccountId: accountRef, detailsSubmitted: false, payoutsEnabled: false });
    expect(await getPayoutAccount({ actor })).toEqual({ hasAccount: true, detailsSubmitted: false, payoutsEnabled: false });

    // Starting again (an expired link, a second tab) reuses the account.
    expect(accountRefIn((await startOnboarding({ actor })).url)).toBe(accountRef);
    expect(await db.auditLog.count({ where: { action: "provider.payout_account_created", entityId: provider.id } })).toBe(1);

    // Someone else's (or a made-up) account id on the return URL completes nothing.
    await expect(completeOnboarding({ actor, accountRef: "tm_acct_somebody_else" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(completeOnboarding({ actor })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await storedAccount(provider.id)).payoutsEnabled).toBe(false);

    expect(await completeOnboarding({ actor, accountRef })).toEqual({ hasAccount: true, detailsSubmitted: true, payoutsEnabled: true });
    expect(await storedAccount(provider.id)).toEqual({ stripeAccountId: accountRef, detailsSubmitted: true, payoutsEnabled: true });
    expect(await enabledEvents(provider.id)).toBe(1);
    expect(await accountAudits(provider.id)).toBe(1);

    // Reloading the return page, or several at once, changes nothing and emits nothing more.
    await completeOnboarding({ actor, accountRef });
    await Promise.all([completeOnboarding({ actor, accountRef }), refreshAccountStatus({ actor }), completeOnboarding({ actor, accountRef })]);
    expect(await enabledEvents(provider.id)).toBe(1);
    expect(await accountAudits(provider.id)).toBe(1);

    await expect(startOnboarding({ actor })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("emits once when several returns race on a fresh account", async () => {
    const { provider, actor } = await providerWithActor();
    const accountRef = accountRefIn((await startOnboarding({ actor })).url)!;
    const results = await Promise.all(Array.from({ length: 4 }, () => completeOnboarding({ actor, accountRef })));
    expect(results.every((r) => r.payoutsEnabled)).toBe(true);
    expect(await enabledEvents(provider.id)).toBe(1);
    expect(await accountAudits(provider.id)).toBe(1);
  });

  it("cannot complete before onboarding started", async () => {
    const { actor } = await providerWithActor();
    await expect(completeOnboarding({ actor, accountRef: "tm_acct_x" })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });
});

describe("onboarding with a Stripe-like processor", () => {
  it("derives the account idempotency key from the provider and stores one account when two starts race", async () => {
    const { provider, actor } = await providerWithActor();
    const stripe = fakeStripe();
    const [a, b] = await Promise.all([startOnboarding({ actor, processor: stripe.processor }), startOnboarding({ actor, processor: stripe.processor })]);
    const stored = (await storedAccount(provider.id)).stripeAccountId!;
    expect(stored).toMatch(/^acct_fake_/);
    // Both links point at the stored account, whichever creation won.
    expect([a.url, b.url]).toEqual([`https://connect.stripe.test/setup/${stored}`, `https://connect.stripe.test/setup/${stored}`]);
    expect(stripe.calls.map((c) => c.idempotencyKey)).toEqual([`provider:${provider.id}:account`, `provider:${provider.id}:account`]);
  });

  it("reads the account's status on return and emits only when payouts become enabled", async () => {
    const { provider, actor } = await providerWithActor();
    const stripe = fakeStripe();
    await startOnboarding({ actor, processor: stripe.processor });

    // Left half-way: nothing changes.
    expect(await completeOnboarding({ actor, processor: stripe.processor })).toEqual({ hasAccount: true, detailsSubmitted: false, payoutsEnabled: false });
    expect(await accountAudits(provider.id)).toBe(0);

    // Details submitted, Stripe still verifying: stored, audited, no event.
    stripe.status.detailsSubmitted = true;
    expect(await completeOnboarding({ actor, processor: stripe.processor })).toEqual({ hasAccount: true, detailsSubmitted: true, payoutsEnabled: false });
    expect(await accountAudits(provider.id)).toBe(1);
    expect(await enabledEvents(provider.id)).toBe(0);

    stripe.status.payoutsEnabled = true;
    await refreshAccountStatus({ actor, processor: stripe.processor });
    await refreshAccountStatus({ actor, processor: stripe.processor });
    expect(await storedAccount(provider.id)).toMatchObject({ detailsSubmitted: true, payoutsEnabled: true });
    expect(await enabledEvents(provider.id)).toBe(1);
    expect(await accountAudits(provider.id)).toBe(2);

    // A return URL naming another account is refused even with Stripe.
    await expect(completeOnboarding({ actor, accountRef: "acct_other", processor: stripe.processor })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("who may onboard", () => {
  it("is the provider alone", async () => {
    const { provider } = await providerWithActor();
    const other = await providerWithActor();
    for (const actor of [await customerActor(), await adminActor()]) {
      await expect(startOnboarding({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(completeOnboarding({ actor, accountRef: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(refreshAccountStatus({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getPayoutAccount({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // A session claiming another provider's profile reaches nothing.
    const forged = actorOf(other.provider.user, provider.id);
    await expect(startOnboarding({ actor: forged })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPayoutAccount({ actor: forged })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await storedAccount(provider.id)).stripeAccountId).toBeNull();
  });
});
