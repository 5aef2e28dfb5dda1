import { db } from "../core/db";
import { logger } from "../core/logger";
import { refundForCancellation } from "./cancellation-policy";
import { capturePayment } from "../payments/capture-payment";
import { voidPayment } from "../payments/void-payment";
import { releaseUnusedPayment } from "../payments/release-unused-payment";

export type Settlement = "none" | "open" | "captured" | "partially_captured" | "released" | "waiting";

/**
 * Moves the money once a booking is closed (docs: payments design, decisions 3–4). Completed: the
 * full price is captured. Cancelled: the refund the policy gave is released and the rest captured
 * (all released when the refund is full). Declined or expired: released. No-show: treated as a
 * customer cancellation at the start time. A card only saved was never charged: nothing to do but
 * close the payment. Idempotent: every step checks the payment's state and uses fixed keys.
 */
export async function settleBookingPayment({ bookingId, now = new Date() }: { bookingId: string; now?: Date }): Promise<Settlement> {
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    select: {
      status: true,
      refundAmount: true,
      priceAmount: true,
      policySnapshot: true,
      startsAt: true,
      payment: { select: { id: true, status: true, amount: true } },
    },
  });
  const payment = booking?.payment;
  if (!booking || !payment) return "none";
  if (booking.status === "REQUESTED" || booking.status === "CONFIRMED") return "open";

  if (payment.status === "AUTHORIZED") {
    const refund = Math.min(payment.amount, Math.max(0, refundDue(booking, payment.amount)));
    if (refund >= payment.amount) return (await voidPayment({ paymentId: payment.id, reason: `BOOKING_${booking.status}` })) ? "released" : "none";
    const captured = await capturePayment({ paymentId: payment.id, amount: payment.amount - refund, now });
    return captured ? (refund > 0 ? "partially_captured" : "captured") : "none";
  }
  const neverCharged = payment.status === "CARD_SAVED" || payment.status === "REQUIRES_ACTION" || payment.status === "FAILED" || payment.status === "PENDING";
  if (!neverCharged) return "none";
  // A completed or no-show booking whose saved card was never authorized is left to the saved-card job.
  if (booking.status === "COMPLETED" || booking.status === "NO_SHOW") return "waiting";
  await releaseUnusedPayment({ paymentId: payment.id, reason: `BOOKING_${booking.status}` });
  return "released";
}

function refundDue(
  booking: { status: string; refundAmount: number | null; priceAmount: number; policySnapshot: unknown; startsAt: Date },
  amount: number,
): number {
  if (booking.status === "COMPLETED") return 0;
  if (booking.status === "CANCELLED") return booking.refundAmount ?? amount;
  if (booking.status === "NO_SHOW") {
    return refundForCancellation({ by: "CUSTOMER", status: "CONFIRMED", priceAmount: booking.priceAmount, policySnapshot: booking.policySnapshot, startsAt: booking.startsAt, at: booking.startsAt });
  }
  return amount; // declined, expired
}

/**
 * Called right after a booking closes. The booking's own change is already committed, so a
 * processor hiccup must not fail the request: it is logged, and the settle job retries it.
 */
export async function settleAfterCommit(bookingId: string, now?: Date): Promise<void> {
  try {
    await settleBookingPayment({ bookingId, now });
  } catch (error) {
    logger.error({ err: error, bookingId }, "settling the booking's payment failed; the scheduler will retry");
  }
}
