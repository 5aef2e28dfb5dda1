import { z } from "zod";

export const RequestBookingInput = z.object({
  serviceId: z.string().min(1).max(64),
  start: z.iso.datetime({ offset: true, message: "Pick a start time (ISO 8601)" }),
  notes: z.string().trim().max(2000, "Keep notes under 2000 characters").optional().default(""),
  address: z.string().trim().max(300, "Keep the address under 300 characters").optional().default(""),
  /**
   * The card to pay with: test mode, the card number; Stripe, a PaymentMethod id (pm_…). Amount
   * and currency are not fields: they come from the service (unknown keys are dropped).
   */
  paymentMethod: z.string().trim().min(1, "Enter your card details").max(255),
});
export type RequestBookingInput = z.input<typeof RequestBookingInput>;

export const BookingIdInput = z.object({ bookingId: z.string().min(1).max(64) });

export const ListBookingsQuery = z.object({
  as: z.enum(["customer", "provider"]).optional(),
  status: z.enum(["REQUESTED", "CONFIRMED", "DECLINED", "EXPIRED", "COMPLETED", "CANCELLED", "NO_SHOW"]).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const CancelBookingInput = z.object({
  bookingId: z.string().min(1).max(64),
  reason: z.string().trim().max(500, "Keep the reason under 500 characters").optional(),
});
export type CancelBookingInput = z.input<typeof CancelBookingInput>;

export const RescheduleBookingInput = z.object({
  bookingId: z.string().min(1).max(64),
  start: z.iso.datetime({ offset: true, message: "Pick a new start time (ISO 8601)" }),
});
export type RescheduleBookingInput = z.input<typeof RescheduleBookingInput>;
