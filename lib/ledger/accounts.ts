/**
 * Ledger accounts. Amounts are signed minor units: positive debits, negative credits.
 *
 * - processor_cash: money the processor collected for us (captures). Debit-normal.
 * - customer_funds_held: captured money not yet earned by anyone (bounty escrow). Credit-normal.
 * - provider_payable:<providerId>: earned by a provider, not yet paid out. Credit-normal.
 * - platform_revenue: the platform's fees. Credit-normal.
 * - refunds: money returned to customers. Credit-normal (its balance is minus the total refunded).
 * - payouts:<providerId>: money paid out to a provider. Credit-normal.
 */
export const ledgerAccounts = {
  processorCash: "processor_cash",
  customerFundsHeld: "customer_funds_held",
  platformRevenue: "platform_revenue",
  refunds: "refunds",
  providerPayable: (providerId: string) => `provider_payable:${providerId}`,
  payouts: (providerId: string) => `payouts:${providerId}`,
} as const;

export interface LedgerLine {
  account: string;
  amount: number;
  currency: string;
}
