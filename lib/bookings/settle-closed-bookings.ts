import { db } from "../core/db";
import { settleAfterCommit } from "./settle-booking-payment";

/**
 * Scheduled safety net: a booking closed (completed, cancelled, declined, expired, no-show) whose
 * payment was not settled right after the commit (the process died, the processor was down) is
 * settled now. Settling is idempotent, so overlapping the synchronous path is harmless.
 */
export async function settleClosedBookings({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}) {
  const due = await db.payment.findMany({
    where: {
      OR: [
        { status: "AUTHORIZED", booking: { status: { in: ["COMPLETED", "CANCELLED", "DECLINED", "EXPIRED", "NO_SHOW"] } } },
        { status: { in: ["PENDING", "REQUIRES_ACTION", "CARD_SAVED", "FAILED"] }, booking: { status: { in: ["CANCELLED", "DECLINED", "EXPIRED"] } } },
      ],
    },
    select: { bookingId: true },
    orderBy: { updatedAt: "asc" },
    take: limit,
  });
  for (const { bookingId } of due) if (bookingId) await settleAfterCommit(bookingId, now);
  return due.length;
}
