import { db } from "../core/db";
import { ledgerAccounts } from "../ledger/accounts";
import { accountBalances, ledgerInvariants } from "../ledger/balances";
import { captureEarned, captureHeld, feeReversal, refundEarned, refundHeld, releaseHeld } from "../ledger/movements";
import { setupTestDatabase } from "../testing/test-database";
import { getPlatformRevenue } from "./get-platform-revenue";
import { providerBalances } from "./get-provider-balances";
import { listPayouts } from "./list-payouts";
import { requestPayout } from "./request-payout";
import { actorOf, adminActor, customerActor, fakeStripe, post, providerWithActor, uniqueCurrency } from "./test-fixtures";

setupTestDatabase();

/** An onboarded provider who earned 8500 USD (10000 captured, 1500 fee) and 850 EUR. */
async function providerWithEarnings() {
  const { provider, actor } = await providerWithActor({ payoutsEnabled: true });
  await post("capture", captureEarned({ amount: 10_000, currency: "USD", fee: 1_500, providerId: provider.id }));
  await post("capture", captureEarned({ amount: 1_000, currency: "EUR", fee: 150, providerId: provider.id }));
  return { provider, actor };
}

const balanceOf = async (providerId: string, currency: string) => {
  const row = (await providerBalances(db, providerId, 0)).find((b) => b.currency === currency);
  return { available: row?.available ?? 0, paidOut: row?.paidOut ?? 0 };
};

describe("requestPayout", () => {
  it("moves available to paid out, exactly, per currency, and never past zero", async () => {
    const { provider, actor } = await providerWithEarnings();

    await expect(requestPayout({ actor, currency: "USD", amount: 8_501 })).rejects.toMatchObject({ code: "INVALID_STATE", details: { available: 8_500 } });
    expect(await balanceOf(provider.id, "USD")).toEqual({ available: 8_500, paidOut: 0 });

    const first = await requestPayout({ actor, currency: "usd", amount: 3_000 });
    expect(first).toMatchObject({ amount: 3_000, currency: "USD", status: "paid" });
    expect(await balanceOf(provider.id, "USD")).toEqual({ available: 5_500, paidOut: 3_000 });

    const rest = await requestPayout({ actor, currency: "USD" });
    expect(rest).toMatchObject({ amount: 5_500, currency: "USD", status: "paid" });
    expect(await balanceOf(provider.id, "USD")).toEqual({ available: 0, paidOut: 8_500 });
    await expect(requestPayout({ actor, currency: "USD" })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(requestPayout({ actor, currency: "USD", amount: 1 })).rejects.toMatchObject({ code: "INVALID_STATE" });

    // The other currency is untouched by all of that.
    expect(await balanceOf(provider.id, "EUR")).toEqual({ available: 850, paidOut: 0 });
    expect(await requestPayout({ actor, currency: "EUR" })).toMatchObject({ amount: 850, currency: "EUR" });
    expect(await balanceOf(provider.id, "EUR")).toEqual({ available: 0, paidOut: 850 });

    // Each payout is one ledger transaction keyed by its id, and listed newest first.
    const payouts = await listPayouts({ actor });
    expect(payouts.map((p) => `${p.amount} ${p.currency} ${p.status}`)).toEqual(["850 EUR paid", "5500 USD paid", "3000 USD paid"]);
    const ledger = await db.ledgerTransaction.findMany({ where: { key: { in: payouts.map((p) => `payout:${p.id}`) } }, select: { kind: true } });
    expect(ledger).toEqual([{ kind: "payout" }, { kind: "payout" }, { kind: "payout" }]);
    expect(await db.auditLog.count({ where: { action: "payout.requested", entityId: { in: payouts.map((p) => p.id) } } })).toBe(3);
  });

  it("pays a balance once when payouts race", async () => {
    const { provider, actor } = await providerWithEarnings();
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => requestPayout({ actor, currency: "USD" })));
    const paid = results.filter((r) => r.status === "fulfilled");
    expect(paid).toHaveLength(1);
    expect(paid[0]).toMatchObject({ value: { amount: 8_500 } });
    for (const r of results.filter((r) => r.status === "rejected")) expect(r).toMatchObject({ reason: { code: "INVALID_STATE" } });
    expect(await balanceOf(provider.id, "USD")).toEqual({ available: 0, paidOut: 8_500 });
    expect(await db.payout.count({ where: { providerId: provider.id, currency: "USD" } })).toBe(1);

    // Two partial payouts that fit only one at a time.
    await post("capture", captureEarned({ amount: 8_000, currency: "USD", fee: 0, providerId: provider.id }));
    const halves = await Promise.allSettled([requestPayout({ actor, currency: "USD", amount: 5_000 }), requestPayout({ actor, currency: "USD", amount: 5_000 })]);
    expect(halves.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await balanceOf(provider.id, "USD")).toEqual({ available: 3_000, paidOut: 13_500 });
  });

  it("records a Stripe payout as pending (Stripe's own payouts move the money)", async () => {
    const { provider, actor } = await providerWithEarnings();
    const payout = await requestPayout({ actor, currency: "USD", processor: fakeStripe().processor });
    expect(payout).toMatchObject({ amount: 8_500, status: "pending" });
    expect(await balanceOf(provider.id, "USD")).toEqual({ available: 0, paidOut: 8_500 });
  });

  it("needs payouts set up, valid input, and the provider themself", async () => {
    const notOnboarded = await providerWithActor();
    await post("capture", captureEarned({ amount: 1_000, currency: "USD", fee: 100, providerId: notOnboarded.provider.id }));
    await expect(requestPayout({ actor: notOnboarded.actor, currency: "USD" })).rejects.toMatchObject({ code: "INVALID_STATE" });

    const { provider, actor } = await providerWithEarnings();
    await expect(requestPayout({ actor, currency: "US" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(requestPayout({ actor, currency: "USD", amount: -5 })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(requestPayout({ actor, currency: "USD", amount: 10.5 })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(requestPayout({ actor, currency: "GBP" })).rejects.toMatchObject({ code: "INVALID_STATE" });

    for (const other of [await customerActor(), await adminActor()]) {
      await expect(requestPayout({ actor: other, currency: "USD" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listPayouts({ actor: other })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const someoneElse = await providerWithActor({ payoutsEnabled: true });
    await expect(requestPayout({ actor: actorOf(someoneElse.provider.user, provider.id), currency: "USD" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await balanceOf(provider.id, "USD")).toEqual({ available: 8_500, paidOut: 0 });
  });
});

describe("getPlatformRevenue", () => {
  it("equals the ledger's sums per currency and the invariant holds", async () => {
    const currency = uniqueCurrency();
    const { provider, actor } = await providerWithActor({ payoutsEnabled: true });
    await post("capture", captureEarned({ amount: 20_000, currency, fee: 3_000, providerId: provider.id }));
    await post("capture", captureEarned({ amount: 8_000, currency, fee: 1_200, providerId: provider.id }));
    const feeBack = feeReversal({ refund: 4_000, captured: 8_000, fee: 1_200 });
    await post("refund", refundEarned({ amount: 4_000, currency, feeReversed: feeBack, providerId: provider.id }));
    await post("escrow", captureHeld({ amount: 9_000, currency }));
    await post("release", releaseHeld({ amount: 5_000, currency, fee: 500, providerId: provider.id }));
    await post("escrow", captureHeld({ amount: 1_000, currency }));
    await post("escrow-refund", refundHeld({ amount: 1_000, currency }));
    await requestPayout({ actor, currency, amount: 10_000 });

    const revenue = await getPlatformRevenue({ actor: await adminActor() });
    const mine = revenue.currencies.find((c) => c.currency === currency);
    // captured 20000 + 8000 + 9000 + 1000; fees 3000 + 1200 − 600 + 500; refunds 4000 + 1000;
    // payable 17000 + 6800 − 3400 + 4500 − 10000; held 9000 − 5000 + 1000 − 1000.
    expect(mine).toEqual({
      currency,
      captured: 38_000,
      platformRevenue: 4_100,
      refunds: 5_000,
      payouts: 10_000,
      providerPayable: 14_900,
      escrowHeld: 4_000,
      balanced: true,
    });

    // The same numbers straight from account balances.
    const sum = (rows: { balance: number; currency: string }[]) => rows.filter((r) => r.currency === currency).reduce((s, r) => s + r.balance, 0);
    const balances = await accountBalances(db);
    expect(sum(balances.filter((b) => b.account === ledgerAccounts.processorCash))).toBe(mine!.captured);
    expect(-sum(balances.filter((b) => b.account === ledgerAccounts.platformRevenue))).toBe(mine!.platformRevenue);
    expect(-sum(balances.filter((b) => b.account.startsWith("provider_payable:")))).toBe(mine!.providerPayable);
    expect(-sum(balances.filter((b) => b.account.startsWith("payouts:")))).toBe(mine!.payouts);

    const invariants = await ledgerInvariants(db);
    expect(invariants.unbalancedTransactions).toEqual([]);
    expect(revenue.unbalancedTransactions).toEqual([]);
    expect(revenue.ok).toBe(true);
  });

  it("is for administrators only", async () => {
    const { actor: provider } = await providerWithActor();
    for (const actor of [provider, await customerActor()]) await expect(getPlatformRevenue({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
