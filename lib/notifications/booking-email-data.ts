import type { Db, Prisma } from "../core/db";

/** Everything a booking email or notification shows, and nothing else. */
export const bookingEmailSelect = {
  id: true,
  serviceName: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  priceAmount: true,
  currency: true,
  addressLine: true,
  notes: true,
  customer: { select: { id: true, email: true, name: true, timeZone: true } },
  provider: {
    select: { businessName: true, city: true, user: { select: { id: true, email: true, name: true } } },
  },
} satisfies Prisma.BookingSelect;

export type BookingEmailData = Prisma.BookingGetPayload<{ select: typeof bookingEmailSelect }>;

/** null when the booking is gone; handlers then have nothing to say. */
export function loadBookingEmailData(db: Db, bookingId: string): Promise<BookingEmailData | null> {
  return db.booking.findUnique({ where: { id: bookingId }, select: bookingEmailSelect });
}
