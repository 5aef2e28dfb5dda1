import type { Db, Tx } from "../core/db";
import { ledgerAccounts } from "./accounts";

/** Sum of entries per account and currency, for the accounts asked for (or all). */
export async function accountBalances(client: Db | Tx, accounts?: string[]) {
  const rows = await client.ledgerEntry.groupBy({
    by: ["account", "currency"],
    where: accounts ? { account: { in: accounts } } : {},
    _sum: { amount: true },
  });
  return rows.map((r) => ({ account: r.account, currency: r.currency, balance: r._sum.amount ?? 0 }));
}

/**
 * The ledger's own check, per currency: every transaction sums to zero, and what was captured
 * equals what was paid out, earned by the platform, refunded, or is still owed or held.
 */
export async function ledgerInvariants(client: Db | Tx) {
  const unbalanced = await client.$queryRaw<{ transactionId: string }[]>`
    SELECT "transactionId" FROM "LedgerEntry" GROUP BY "transactionId", "currency" HAVING SUM("amount") <> 0`;
  const byCurrency = new Map<string, { captured: number; payouts: number; fees: number; refunds: number; payable: number; held: number }>();
  for (const { account, currency, balance } of await accountBalances(client)) {
    const t = byCurrency.get(currency) ?? { captured: 0, payouts: 0, fees: 0, refunds: 0, payable: 0, held: 0 };
    if (account === ledgerAccounts.processorCash) t.captured += balance;
    else if (account === ledgerAccounts.platformRevenue) t.fees -= balance;
    else if (account === ledgerAccounts.refunds) t.refunds -= balance;
    else if (account === ledgerAccounts.customerFundsHeld) t.held -= balance;
    else if (account.startsWith("payouts:")) t.payouts -= balance;
    else if (account.startsWith("provider_payable:")) t.payable -= balance;
    byCurrency.set(currency, t);
  }
  return { unbalancedTransactions: unbalanced.map((r) => r.transactionId), byCurrency: Object.fromEntries(byCurrency) };
}
