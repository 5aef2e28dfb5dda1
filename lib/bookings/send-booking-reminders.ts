import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";

const REMINDER_LEAD_MS = 24 * 3_600_000;

/** Scheduled: one reminder per confirmed booking starting within the next 24 hours. */
export async function sendBookingReminders({ now = new Date(), limit = 500 }: { now?: Date; limit?: number } = {}) {
  const due = await db.booking.findMany({
    where: { status: "CONFIRMED", reminderSentAt: null, startsAt: { gt: now, lte: new Date(now.getTime() + REMINDER_LEAD_MS) } },
    select: { id: true },
    orderBy: { startsAt: "asc" },
    take: limit,
  });
  let sent = 0;
  for (const { id } of due) {
    const claimed = await transactional(async (tx) => {
      // The guard makes a second scheduler (or a retry) find nothing left to claim.
      const { count } = await tx.booking.updateMany({ where: { id, status: "CONFIRMED", reminderSentAt: null }, data: { reminderSentAt: now } });
      if (count === 0) return false;
      await recordEvent(tx, { type: "booking.reminder_due", actorId: null, entity: { type: "Booking", id }, data: { bookingId: id } });
      return true;
    });
    if (claimed) sent++;
  }
  return sent;
}
