import { createHmac } from "node:crypto";
import { authSecret } from "../core/env";

/**
 * Every key that makes a money movement happen at most once, derived from Hearth's own ids:
 * processor idempotency keys (a retried call replays the first answer) and ledger keys (a
 * movement posted again, by a retried job or a webhook, is a no-op).
 */
export const processorKeys = {
  authorize: (paymentId: string) => `payment:${paymentId}:authorize`,
  setup: (paymentId: string) => `payment:${paymentId}:setup`,
  offSession: (paymentId: string) => `payment:${paymentId}:offsession`,
  capture: (paymentId: string) => `payment:${paymentId}:capture`,
  cancel: (paymentId: string) => `payment:${paymentId}:cancel`,
  refund: (paymentId: string, n: number) => `payment:${paymentId}:refund:${n}`,
  /** The processor's customer for a user's kept cards: one per user, even for two first bookings at once. */
  customer: (userId: string) => `user:${userId}:customer`,
  /**
   * The off-session charge of reschedule n's fee. `attempt` counts tries of that reschedule (a
   * declined card, a slot taken meanwhile), so a new try is a new charge, not a replay of the last.
   */
  rescheduleFee: (bookingId: string, n: number, attempt: number) => `booking:${bookingId}:reschedule:${n}:fee:${attempt}`,
};

/** pay_<bookingId>_rs<n>_<attempt>: try `attempt` at charging reschedule n's fee. */
export const rescheduleFeePaymentIdPrefix = (bookingId: string, n: number) => `pay_${bookingId}_rs${n}_`;

export const ledgerKeys = {
  capture: (paymentId: string) => `capture:${paymentId}`,
  /** One per processor refund, so the synchronous path and the charge.refunded webhook agree. */
  refund: (paymentId: string, refundRef: string) => `refund:${paymentId}:${refundRef}`,
};

/**
 * The id prefix shared by every Payment for one booking request (customer, service, start, notes,
 * address and card): retrying the same request finds its Payment instead of paying again. An HMAC,
 * so the id reveals nothing about the card.
 */
export function paymentRequestFingerprint(parts: {
  customerId: string;
  serviceId: string;
  start: string;
  notes: string;
  address: string;
  paymentMethod: string;
}): string {
  const text = JSON.stringify([parts.customerId, parts.serviceId, parts.start, parts.notes, parts.address, parts.paymentMethod]);
  return createHmac("sha256", authSecret).update(`payment-request:${text}`).digest("hex").slice(0, 24);
}

/** pay_<fingerprint>_<n>: attempt n of one request (a new attempt once the previous one ended). */
export const paymentIdFor = (fingerprint: string, attempt: number) => `pay_${fingerprint}_${attempt}`;
