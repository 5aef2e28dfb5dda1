import type { Prisma } from "../core/db";

/**
 * The terms a customer books a service under: price, deposit, length, how it is confirmed and the
 * cancellation and reschedule policy. One spelling for the public profile, the slot engine and the
 * provider's settings, so a new term reaches all three.
 */
export const serviceTermsSelect = {
  priceAmount: true,
  currency: true,
  depositAmount: true,
  durationMin: true,
  bookingMode: true,
  cancellationPolicy: true,
  rescheduleCutoffHours: true,
  rescheduleFeeWithinHours: true,
  rescheduleFeePercent: true,
} as const satisfies Prisma.ServiceSelect;

/** How the provider's calendar is cut into slots for the service, and how long a request waits for an answer. */
export const serviceSchedulingSelect = {
  bufferBeforeMin: true,
  bufferAfterMin: true,
  minNoticeMin: true,
  horizonDays: true,
  slotStepMin: true,
  requestExpiryHours: true,
} as const satisfies Prisma.ServiceSelect;
