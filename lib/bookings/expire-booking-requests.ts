import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { settleAfterCommit } from "./settle-booking-payment";
import { lockBooking } from "./lock-booking";

/** Scheduled: requests the provider did not answer in time lapse, free their slot and release their payment. */
export async function expireBookingRequests({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}) {
  const due = await db.booking.findMany({
    where: { status: "REQUESTED", expiresAt: { lte: now } },
    select: { id: true },
    orderBy: { expiresAt: "asc" },
    take: limit,
  });
  let expired = 0;
  for (const { id } of due) {
    const changed = await transactional(async (tx) => {
      const current = await lockBooking(tx, id);
      if (current.status !== "REQUESTED") return false; // answered while we were getting here
      await tx.booking.update({ where: { id }, data: { status: "EXPIRED" } });
      await recordEvent(tx, { type: "booking.expired", actorId: null, entity: { type: "Booking", id }, data: { bookingId: id } });
      return true;
    });
    if (changed) {
      expired++;
      await settleAfterCommit(id, now);
    }
  }
  return expired;
}
