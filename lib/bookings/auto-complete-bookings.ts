import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { settleAfterCommit } from "./settle-booking-payment";
import { lockBooking } from "./lock-booking";

/**
 * Scheduled: a confirmed booking that ended `afterHours` ago and nobody disputed is completed,
 * so providers are not left waiting on a customer who never comes back; its payment is captured.
 */
export async function autoCompleteBookings({ now = new Date(), afterHours, limit = 200 }: { now?: Date; afterHours: number; limit?: number }) {
  const due = await db.booking.findMany({
    where: { status: "CONFIRMED", disputedAt: null, endsAt: { lte: new Date(now.getTime() - afterHours * 3_600_000) } },
    select: { id: true },
    orderBy: { endsAt: "asc" },
    take: limit,
  });
  let completed = 0;
  for (const { id } of due) {
    const changed = await transactional(async (tx) => {
      const current = await lockBooking(tx, id);
      const disputed = await tx.booking.count({ where: { id, disputedAt: { not: null } } });
      if (current.status !== "CONFIRMED" || disputed) return false;
      await tx.booking.update({ where: { id }, data: { status: "COMPLETED", completedAt: now } });
      await recordEvent(tx, { type: "booking.completed", actorId: null, entity: { type: "Booking", id }, data: { bookingId: id } });
      return true;
    });
    if (changed) {
      completed++;
      await settleAfterCommit(id, now);
    }
  }
  return completed;
}
