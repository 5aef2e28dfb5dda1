import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { ledgerInvariants } from "../ledger/balances";
import { assertIsAdmin } from "./policies";

export interface CurrencyRevenue {
  currency: string;
  /** Gross captured through the processor. */
  captured: number;
  /** The platform's fees, net of fees reversed by refunds. */
  platformRevenue: number;
  refunds: number;
  payouts: number;
  /** Earned by providers, not paid out yet. */
  providerPayable: number;
  /** Captured into escrow, not earned or refunded yet. */
  escrowHeld: number;
  /** captured = platformRevenue + refunds + payouts + providerPayable + escrowHeld */
  balanced: boolean;
}

export interface PlatformRevenue {
  currencies: CurrencyRevenue[];
  /** Ledger transactions whose entries do not sum to zero (should always be empty). */
  unbalancedTransactions: string[];
  ok: boolean;
}

/** The admin's view of the money, straight from the ledger's balances and its own invariant check. */
export async function getPlatformRevenue({ actor }: { actor: Actor }): Promise<PlatformRevenue> {
  assertIsAdmin(actor);
  const { unbalancedTransactions, byCurrency } = await ledgerInvariants(db);
  const currencies = Object.entries(byCurrency)
    .map(([currency, t]) => ({
      currency,
      captured: t.captured,
      platformRevenue: t.fees,
      refunds: t.refunds,
      payouts: t.payouts,
      providerPayable: t.payable,
      escrowHeld: t.held,
      balanced: t.captured === t.fees + t.refunds + t.payouts + t.payable + t.held,
    }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
  return { currencies, unbalancedTransactions, ok: unbalancedTransactions.length === 0 && currencies.every((c) => c.balanced) };
}
