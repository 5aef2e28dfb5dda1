import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { notFound } from "../core/errors";
import { bookingSelect, toBookingView } from "./dto";
import { assertCanView, viewerOf, type BookingViewer } from "./policies";

/**
 * One booking with what `actor` may do with it. `as: "provider"` is the provider's dashboard: anyone
 * but the booking's provider gets 404 there (a booking a provider made as a customer lives under
 * /account). `as: "customer"` shows it read-only to anyone else who may see it (the provider, support).
 */
export async function getBooking({ actor, bookingId, as, now = new Date() }: { actor: Actor; bookingId: string; as?: BookingViewer; now?: Date }) {
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: bookingSelect });
  if (!booking) throw notFound("Booking");
  const parties = { customerId: booking.customer.id, provider: booking.provider };
  assertCanView(actor, parties);
  if (as === "provider" && viewerOf(actor, parties) !== "provider") throw notFound("Booking");
  return toBookingView(booking, actor, { now, as });
}
