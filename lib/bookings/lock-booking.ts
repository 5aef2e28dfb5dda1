import type { Tx } from "../core/db";
import { notFound } from "../core/errors";

/**
 * Loads a booking for a state change and locks its row until the transaction ends, so that
 * concurrent transitions of one booking (confirm vs. expire, cancel vs. complete) run one after
 * the other and the loser sees the winner's state.
 */
export async function lockBooking(tx: Tx, bookingId: string) {
  await tx.$queryRaw`SELECT id FROM "Booking" WHERE id = ${bookingId} FOR UPDATE`;
  const booking = await tx.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      status: true,
      customerId: true,
      providerId: true,
      serviceId: true,
      startsAt: true,
      endsAt: true,
      priceAmount: true,
      currency: true,
      policySnapshot: true,
      expiresAt: true,
      rescheduleCount: true,
      provider: { select: { userId: true } },
    },
  });
  if (!booking) throw notFound("Booking");
  return booking;
}

export type LockedBooking = Awaited<ReturnType<typeof lockBooking>>;
