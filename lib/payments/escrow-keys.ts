/**
 * The ids and keys of a bounty's escrow payment. Every processor call carries a key derived from
 * Hearth's ids, every ledger posting a ledger key, so repeating any step is harmless.
 */

export const escrowPaymentId = (bountyId: string) => `bpay_${bountyId}`;

export const escrowKeys = {
  /** One authorization per (offer, amount, card): a retried accept replays it, another card is a new attempt. */
  authorize: (bountyId: string, attempt: string) => `bounty:${bountyId}:fund:${attempt}`,
  capture: (bountyId: string) => `bounty:${bountyId}:fund:capture`,
  void: (bountyId: string) => `bounty:${bountyId}:fund:cancel`,
  refund: (bountyId: string, n: number) => `bounty:${bountyId}:refund:${n}`,
  /** One transfer per bounty: the release happens once, so does the provider's transfer. */
  transfer: (bountyId: string) => `bounty:${bountyId}:transfer`,
};

/** Stripe's transfer_group of the escrow's charge and its transfer. */
export const escrowTransferGroup = (bountyId: string) => `bounty_${bountyId}`;

export const escrowLedgerKeys = {
  hold: (paymentId: string) => `escrow:${paymentId}`,
  release: (paymentId: string) => `release:${paymentId}`,
  /** The processor's refund id, the key the charge.refunded webhook uses too: whichever records first wins. */
  refund: (paymentId: string, refundRef: string) => `refund:${paymentId}:${refundRef}`,
};
