/** What the escrow steps read of the payment. */
export const ESCROW_SELECT = {
  id: true,
  bountyId: true,
  status: true,
  amount: true,
  currency: true,
  processor: true,
  processorRef: true,
  capturedAmount: true,
  refundedAmount: true,
  platformFeeAmount: true,
  transferRef: true,
  chargebackOpenedAt: true,
  chargebackClosedAt: true,
  chargebackOutcome: true,
  refundFailedAt: true,
  provider: { select: { stripeAccountId: true } },
} as const;
