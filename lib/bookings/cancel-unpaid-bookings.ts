import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { lockBooking } from "./lock-booking";
import { GRACE_CUTOFF_BEFORE_START_MS, GRACE_MS, graceEndsAt } from "./authorize-saved-cards";
import { settleAfterCommit } from "./settle-booking-payment";

const UNPAID = ["FAILED", "REQUIRES_ACTION"] as const;

/**
 * Scheduled: a booking whose off-session authorization failed and was not fixed within the grace
 * period (12 h, or at the latest 2 h before the start) is cancelled by the system, with a full
 * refund: nothing was charged, and the open payment is closed.
 */
export async function cancelUnpaidBookings({ now = new Date(), limit = 100 }: { now?: Date; limit?: number } = {}) {
  const due = await db.payment.findMany({
    where: {
      status: { in: [...UNPAID] },
      offSessionAttemptedAt: { not: null },
      booking: { status: { in: ["REQUESTED", "CONFIRMED"] } },
      OR: [
        { offSessionAttemptedAt: { lte: new Date(now.getTime() - GRACE_MS) } },
        { booking: { startsAt: { lte: new Date(now.getTime() + GRACE_CUTOFF_BEFORE_START_MS) } } },
      ],
    },
    select: { bookingId: true },
    take: limit,
  });
  let cancelled = 0;
  for (const { bookingId } of due) {
    if (!bookingId) continue;
    const changed = await transactional(async (tx) => {
      const booking = await lockBooking(tx, bookingId);
      const payment = await tx.payment.findUnique({ where: { bookingId }, select: { status: true, offSessionAttemptedAt: true } });
      const stillUnpaid = payment && (UNPAID as readonly string[]).includes(payment.status) && payment.offSessionAttemptedAt;
      if (booking.status !== "REQUESTED" && booking.status !== "CONFIRMED") return false;
      if (!stillUnpaid || graceEndsAt(payment.offSessionAttemptedAt!, booking.startsAt) > now) return false;
      await tx.booking.update({
        where: { id: bookingId },
        data: {
          status: "CANCELLED",
          cancelledAt: now,
          cancelledBy: "ADMIN",
          cancelReason: "The card on file could not be charged before the booking, so it was cancelled automatically.",
          refundAmount: booking.priceAmount,
        },
      });
      await recordEvent(tx, {
        type: "booking.cancelled",
        actorId: null,
        entity: { type: "Booking", id: bookingId },
        data: { bookingId, cancelledBy: "ADMIN", refundAmount: booking.priceAmount },
      });
      return true;
    });
    if (changed) {
      cancelled++;
      await settleAfterCommit(bookingId, now);
    }
  }
  return cancelled;
}
