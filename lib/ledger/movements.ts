import { ledgerAccounts as a, type LedgerLine } from "./accounts";

/**
 * The double-entry shape of every money movement. Each function returns lines that sum to zero;
 * post-ledger-transaction.ts refuses any set that does not.
 */
interface Money {
  amount: number;
  currency: string;
}

/** The platform's fee on an amount, in basis points, rounded to the nearest minor unit. */
export function platformFee(amount: number, feeBps: number): number {
  return Math.round((amount * feeBps) / 10_000);
}

/** A booking captured after the service: split at once between provider and platform. */
export function captureEarned({ amount, currency, fee, providerId }: Money & { fee: number; providerId: string }): LedgerLine[] {
  return [
    { account: a.processorCash, amount, currency },
    { account: a.providerPayable(providerId), amount: -(amount - fee), currency },
    { account: a.platformRevenue, amount: -fee, currency },
  ];
}

/** Escrow funded (bounty accepted): captured, but nobody has earned it yet. */
export function captureHeld({ amount, currency }: Money): LedgerLine[] {
  return [
    { account: a.processorCash, amount, currency },
    { account: a.customerFundsHeld, amount: -amount, currency },
  ];
}

/** Escrow released to the provider, minus the platform's fee. */
export function releaseHeld({ amount, currency, fee, providerId }: Money & { fee: number; providerId: string }): LedgerLine[] {
  return [
    { account: a.customerFundsHeld, amount, currency },
    { account: a.providerPayable(providerId), amount: -(amount - fee), currency },
    { account: a.platformRevenue, amount: -fee, currency },
  ];
}

/** Escrow returned to the customer. */
export function refundHeld({ amount, currency }: Money): LedgerLine[] {
  return [
    { account: a.customerFundsHeld, amount, currency },
    { account: a.refunds, amount: -amount, currency },
  ];
}

/** A refund of earned money: the provider's share and the platform's fee are reversed pro rata. */
export function refundEarned({ amount, currency, feeReversed, providerId }: Money & { feeReversed: number; providerId: string }): LedgerLine[] {
  return [
    { account: a.providerPayable(providerId), amount: amount - feeReversed, currency },
    { account: a.platformRevenue, amount: feeReversed, currency },
    { account: a.refunds, amount: -amount, currency },
  ];
}

export function payout({ amount, currency, providerId }: Money & { providerId: string }): LedgerLine[] {
  return [
    { account: a.providerPayable(providerId), amount, currency },
    { account: a.payouts(providerId), amount: -amount, currency },
  ];
}

/** The fee share a partial refund takes back: proportional, never more than was charged. */
export function feeReversal({ refund, captured, fee }: { refund: number; captured: number; fee: number }): number {
  if (captured <= 0) return 0;
  return Math.min(fee, Math.round((fee * refund) / captured));
}
