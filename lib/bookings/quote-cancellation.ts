import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { notFound } from "../core/errors";
import { refundForCancellation } from "./cancellation-policy";
import { bookingRole } from "./policies";
import { canTransition } from "./state-machine";

/** What cancelling now would refund, so the customer sees it before deciding. */
export async function quoteCancellation({ actor, bookingId, now = new Date() }: { actor: Actor; bookingId: string; now?: Date }) {
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    select: { status: true, customerId: true, priceAmount: true, currency: true, policySnapshot: true, startsAt: true, provider: { select: { userId: true } } },
  });
  if (!booking) throw notFound("Booking");
  const by = bookingRole(actor, booking);
  return {
    cancellable: canTransition(booking.status, "CANCELLED"),
    refundAmount: refundForCancellation({ ...booking, by, at: now }),
    priceAmount: booking.priceAmount,
    currency: booking.currency,
  };
}
