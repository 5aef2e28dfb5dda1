import type { Db, Prisma } from "../core/db";
import { countReschedules } from "../calendar/event-identity";
import { bookingEmailSelect } from "./booking-email-data";

/** The booking email facts plus what lifecycle emails (cancel, reschedule, reminder…) also show or check. */
export const bookingLifecycleSelect = {
  ...bookingEmailSelect,
  status: true,
  cancelReason: true,
  refundAmount: true,
} satisfies Prisma.BookingSelect;

export type BookingLifecycleData = Prisma.BookingGetPayload<{ select: typeof bookingLifecycleSelect }> & {
  /** How many times it was rescheduled, for the calendar file's SEQUENCE. */
  reschedules: number;
};

/** null when the booking is gone; handlers then have nothing to say. */
export async function loadBookingLifecycleData(db: Db, bookingId: string): Promise<BookingLifecycleData | null> {
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: bookingLifecycleSelect });
  if (!booking) return null;
  const reschedules = (await countReschedules(db, [bookingId])).get(bookingId) ?? 0;
  return { ...booking, reschedules };
}
