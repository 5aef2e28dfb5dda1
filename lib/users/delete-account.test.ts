import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import { makeCustomer, TEST_PASSWORD } from "../testing/factories";
import { captureEarned } from "../ledger/movements";
import { makePayment, post, providerWithActor, uniqueCurrency } from "../payouts/test-fixtures";
import { authenticateUser } from "./authenticate-user";
import { loadActor } from "../core/auth/load-actor";
import { deleteAccount, tombstoneEmail } from "./delete-account";
import { failure, randomIp, signInSession } from "./account-test-helpers";

setupTestDatabase();

async function ledgerTotals(currency: string) {
  const rows = await db.ledgerEntry.groupBy({ by: ["account"], where: { currency }, _sum: { amount: true }, orderBy: { account: "asc" } });
  return rows.map((row) => [row.account, row._sum.amount]);
}

describe("deleteAccount", () => {
  it("anonymises an account with held money and an unpaid balance, keeping every ledger row and total", async () => {
    const { provider, actor } = await providerWithActor({ payoutsEnabled: true });
    const customer = await makeCustomer();
    const currency = uniqueCurrency();
    const payment = await makePayment({ providerId: provider.id, customerId: customer.id, amount: 10_000, currency, status: "AUTHORIZED" });
    await post("capture", captureEarned({ amount: 10_000, fee: 1_500, currency, providerId: provider.id }), payment.id);
    const before = await ledgerTotals(currency);
    expect(before.length).toBeGreaterThan(0);
    const session = await signInSession(await authenticateUser({ email: provider.user.email, password: TEST_PASSWORD, ip: randomIp() }));

    expect((await failure(deleteAccount({ actor, password: "not-my-password" }))).code).toBe("VALIDATION_FAILED");
    const result = await deleteAccount({ actor, password: TEST_PASSWORD });
    expect(result.openMatters).toEqual(expect.arrayContaining(["pending_payments", "unpaid_balance"]));

    const row = await db.user.findUniqueOrThrow({ where: { id: provider.userId } });
    expect(row).toMatchObject({ name: "Deleted user", email: tombstoneEmail(provider.userId), disabledAt: expect.any(Date), deletedAt: expect.any(Date) });
    expect(await db.payment.count({ where: { id: payment.id, providerId: provider.id } })).toBe(1);
    expect(await ledgerTotals(currency)).toEqual(before);

    expect(await session.actor()).toBeNull();
    expect(await loadActor(provider.userId)).toBeNull();
    expect((await failure(authenticateUser({ email: provider.user.email, password: TEST_PASSWORD, ip: randomIp() }))).code).toBe("UNAUTHENTICATED");
  });

  it("anonymises an account with nothing open too, and frees its email for a new sign-up", async () => {
    const customer = await makeCustomer();
    const actor = (await loadActor(customer.id))!;
    await expect(deleteAccount({ actor, password: TEST_PASSWORD })).resolves.toEqual({ openMatters: [] });
    expect(await db.user.count({ where: { email: customer.email } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).deletedAt).not.toBeNull();
  });
});
