import { db } from "../core/db";
import { env } from "../core/env";
import { captureEarned, feeReversal, payout, refundEarned } from "../ledger/movements";
import { makeBooking, makeCustomer } from "../testing/factories";
import { setupTestDatabase } from "../testing/test-database";
import { getProviderBalances, providerBalances } from "./get-provider-balances";
import { listProviderEarnings, type EarningDto } from "./list-provider-earnings";
import { actorOf, adminActor, customerActor, makePayment, post, providerWithActor } from "./test-fixtures";

setupTestDatabase();

/**
 * One provider's money in two currencies, with a fee of 15 % (1500 bps) on pending shares:
 * USD pending  = (10000 − 1500) + (3333 − 500)          = 11333   (authorized + card saved)
 * USD available = 17000 + 6800 − (2000 − 300) − 1500    = 20600   (two captures, a partial refund, a payout)
 * EUR pending 5000 − 750 = 4250; available 4000 − 600 = 3400.
 */
async function providerWithMoney() {
  const { provider, actor } = await providerWithActor({ payoutsEnabled: true });
  const customer = await makeCustomer();
  const pay = (amount: number, status: Parameters<typeof makePayment>[0]["status"], currency = "USD", bookingId?: string) =>
    makePayment({ providerId: provider.id, customerId: customer.id, amount, currency, status, bookingId });
  const booking = await makeBooking({ serviceId: provider.services[0].id, customerId: customer.id, startsAt: new Date("2031-03-04T15:00:00Z"), status: "COMPLETED" });

  await pay(10_000, "AUTHORIZED");
  await pay(3_333, "CARD_SAVED");
  await pay(5_000, "AUTHORIZED", "EUR");
  for (const status of ["PENDING", "REQUIRES_ACTION", "CANCELED", "FAILED"] as const) await pay(99_999, status);

  const captured = await pay(20_000, "CAPTURED", "USD", booking.id);
  await post("capture", captureEarned({ amount: 20_000, currency: "USD", fee: 3_000, providerId: provider.id }), captured.id);
  const refunded = await pay(8_000, "PARTIALLY_REFUNDED");
  await post("capture", captureEarned({ amount: 8_000, currency: "USD", fee: 1_200, providerId: provider.id }), refunded.id);
  const feeBack = feeReversal({ refund: 2_000, captured: 8_000, fee: 1_200 });
  await post("refund", refundEarned({ amount: 2_000, currency: "USD", feeReversed: feeBack, providerId: provider.id }), refunded.id);
  await post("payout", payout({ amount: 1_500, currency: "USD", providerId: provider.id }));
  const euro = await pay(4_000, "CAPTURED", "EUR");
  await post("capture", captureEarned({ amount: 4_000, currency: "EUR", fee: 600, providerId: provider.id }), euro.id);
  return { provider, actor, customer, booking, captured };
}

describe("getProviderBalances", () => {
  it("computes pending, available and paid out per currency from payments and the ledger", async () => {
    const { provider, actor, customer } = await providerWithMoney();
    // Another provider's money, in the same currencies, must not show up.
    const other = await providerWithActor();
    await makePayment({ providerId: other.provider.id, customerId: customer.id, amount: 7_000, status: "AUTHORIZED" });
    await post("capture", captureEarned({ amount: 5_000, currency: "USD", fee: 750, providerId: other.provider.id }));

    expect(await providerBalances(db, provider.id, 1500)).toEqual([
      { currency: "EUR", pending: 4_250, available: 3_400, paidOut: 0 },
      { currency: "USD", pending: 11_333, available: 20_600, paidOut: 1_500 },
    ]);
    expect(await getProviderBalances({ actor })).toEqual(await providerBalances(db, provider.id, env.PLATFORM_FEE_BPS));
    expect(await getProviderBalances({ actor: other.actor })).toEqual([
      { currency: "USD", pending: 7_000 - Math.round((7_000 * env.PLATFORM_FEE_BPS) / 10_000), available: 4_250, paidOut: 0 },
    ]);
  });

  it("shows zeros in the currency a new provider charges in", async () => {
    const { actor } = await providerWithActor();
    expect(await getProviderBalances({ actor })).toEqual([{ currency: "USD", pending: 0, available: 0, paidOut: 0 }]);
  });

  it("is the provider's alone", async () => {
    const { provider } = await providerWithMoney();
    for (const actor of [await customerActor(), await adminActor()]) {
      await expect(getProviderBalances({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listProviderEarnings({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const someoneElse = await providerWithActor();
    const forged = actorOf(someoneElse.provider.user, provider.id);
    await expect(getProviderBalances({ actor: forged })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listProviderEarnings({ actor: forged })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listProviderEarnings", () => {
  it("lists every movement of the provider's payable account, newest first, a page at a time, with its booking", async () => {
    const { actor, booking, captured } = await providerWithMoney();
    const seen: EarningDto[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listProviderEarnings({ actor, cursor, limit: 2 });
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen.map((e) => e.id)).size).toBe(5);
    for (let i = 1; i < seen.length; i++) expect(seen[i - 1].createdAt.getTime()).toBeGreaterThanOrEqual(seen[i].createdAt.getTime());

    const signed = seen.map((e) => `${e.kind} ${e.amount} ${e.currency}`).sort();
    expect(signed).toEqual(["capture 17000 USD", "capture 3400 EUR", "capture 6800 USD", "payout -1500 USD", "refund -1700 USD"]);
    // The sum of the statement is the available balance.
    expect(seen.filter((e) => e.currency === "USD").reduce((sum, e) => sum + e.amount, 0)).toBe(20_600);

    const fromBooking = seen.find((e) => e.payment?.id === captured.id)!;
    expect(fromBooking.booking).toEqual({ id: booking.id, serviceName: expect.any(String), startsAt: new Date("2031-03-04T15:00:00Z"), timeZone: "America/New_York" });
    expect(fromBooking.payment).toEqual({ id: captured.id, amount: 20_000, status: "CAPTURED" });
    expect(seen.find((e) => e.kind === "payout")!.payment).toBeNull();
  });

  it("rejects a malformed cursor", async () => {
    const { actor } = await providerWithActor();
    await expect(listProviderEarnings({ actor, cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});
