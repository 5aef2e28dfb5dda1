import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { notFound } from "../core/errors";
import { bookingSelect, toBookingDto } from "./dto";
import { assertCanView } from "./policies";

export async function getBooking({ actor, bookingId }: { actor: Actor; bookingId: string }) {
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    select: { ...bookingSelect, customerId: true },
  });
  if (!booking) throw notFound("Booking");
  assertCanView(actor, { customerId: booking.customerId, provider: booking.provider });
  return toBookingDto(booking);
}
