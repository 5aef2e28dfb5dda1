/** What the payouts page shows about the provider's payout account; never the processor's account id. */
export interface PayoutAccountDto {
  /** A connected account exists (onboarding started). */
  hasAccount: boolean;
  detailsSubmitted: boolean;
  payoutsEnabled: boolean;
}

export function toPayoutAccountDto(profile: { stripeAccountId: string | null; detailsSubmitted: boolean; payoutsEnabled: boolean }): PayoutAccountDto {
  return { hasAccount: profile.stripeAccountId !== null, detailsSubmitted: profile.detailsSubmitted, payoutsEnabled: profile.payoutsEnabled };
}

export const payoutSelect = { id: true, amount: true, currency: true, status: true, createdAt: true } as const;

export interface PayoutDto {
  id: string;
  amount: number;
  currency: string;
  /**
   * "paid" (test mode: at once) or "pending" (Stripe pays the connected account on its own schedule);
   * "held" while a risk review is pending, "cancelled" when support rejected it (the money stayed available).
   */
  status: string;
  createdAt: Date;
}

/** Per currency, in minor units. */
export interface ProviderBalance {
  currency: string;
  /** The provider's share of authorized (or card-saved) bookings not captured yet, and earnings frozen by an open dispute. */
  pending: number;
  /** Earned and not paid out: what a payout can take. */
  available: number;
  paidOut: number;
  /** Held payouts awaiting a risk review (docs/risk.md); present only when there are some. */
  reserved?: number;
}
