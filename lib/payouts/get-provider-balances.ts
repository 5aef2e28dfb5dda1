import type { Actor } from "../core/auth/actor";
import { db, type Db, type Tx } from "../core/db";
import { env } from "../core/env";
import { ledgerAccounts } from "../ledger/accounts";
import { accountBalances } from "../ledger/balances";
import { platformFee } from "../ledger/movements";
import { frozenEarnings } from "../disputes/frozen-earnings";
import type { ProviderBalance } from "./dto";
import { findOwnPayoutProfile } from "./policies";

/**
 * The provider's money per currency: pending (authorized, not captured, or frozen by an open
 * dispute), available and paid out;
 * every currency they charge in or hold money in, zero or not.
 */
export async function getProviderBalances({ actor }: { actor: Actor }): Promise<ProviderBalance[]> {
  const profile = await findOwnPayoutProfile(db, actor);
  return providerBalances(db, profile.id);
}

/**
 * Available and paid out come from the ledger alone (both accounts are credit-normal, hence the
 * minus). Pending is not in the ledger (nothing was captured yet): it is the provider's share of
 * each held authorization, the fee rounded per payment exactly as the capture will round it.
 */
export async function providerBalances(client: Db | Tx, providerId: string, feeBps: number = env.PLATFORM_FEE_BPS): Promise<ProviderBalance[]> {
  const payable = ledgerAccounts.providerPayable(providerId);
  const payouts = ledgerAccounts.payouts(providerId);
  const [services, held, ledger, frozen, reserved] = await Promise.all([
    client.service.findMany({ where: { providerId }, distinct: ["currency"], select: { currency: true } }),
    client.payment.findMany({ where: { providerId, status: { in: ["AUTHORIZED", "CARD_SAVED"] } }, select: { amount: true, currency: true } }),
    accountBalances(client, [payable, payouts]),
    frozenEarnings(client, providerId),
    heldPayouts(client, providerId),
  ]);
  const byCurrency = new Map<string, ProviderBalance>();
  const row = (currency: string) => {
    let balance = byCurrency.get(currency);
    if (!balance) byCurrency.set(currency, (balance = { currency, pending: 0, available: 0, paidOut: 0 }));
    return balance;
  };
  // The currencies the provider charges in show up even at zero, so a new provider sees their balances.
  for (const { currency } of services) row(currency);
  for (const payment of held) row(payment.currency).pending += payment.amount - platformFee(payment.amount, feeBps);
  for (const { account, currency, balance } of ledger) {
    if (account === payable) row(currency).available -= balance;
    else row(currency).paidOut -= balance;
  }
  // Earnings under an open dispute are not available: they count as pending until it closes.
  for (const [currency, amount] of frozen) {
    row(currency).available -= amount;
    row(currency).pending += amount;
  }
  // Payouts held for a risk review are reserved: not available, not paid out, until an admin decides.
  for (const { currency, _sum } of reserved) {
    const amount = _sum.amount ?? 0;
    if (amount <= 0) continue;
    row(currency).available -= amount;
    row(currency).reserved = amount;
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/**
 * What a payout can take in one currency right now (call under the provider row lock): the
 * ledger's payable minus what open booking disputes freeze and what held payouts reserve.
 */
export async function availableBalance(client: Db | Tx, providerId: string, currency: string): Promise<number> {
  const [rows, frozen, reserved] = await Promise.all([
    client.ledgerEntry.aggregate({ where: { account: ledgerAccounts.providerPayable(providerId), currency }, _sum: { amount: true } }),
    frozenEarnings(client, providerId, currency),
    client.payout.aggregate({ where: { providerId, currency, status: "held" }, _sum: { amount: true } }),
  ]);
  return -(rows._sum.amount ?? 0) - (frozen.get(currency) ?? 0) - (reserved._sum.amount ?? 0);
}

/** Held payouts (risk review) per currency: reserved out of the available balance. */
function heldPayouts(client: Db | Tx, providerId: string) {
  return client.payout.groupBy({ by: ["currency"], where: { providerId, status: "held" }, _sum: { amount: true } });
}
