import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { settleAfterCommit } from "./settle-booking-payment";
import { refundForCancellation } from "./cancellation-policy";
import { bookingSelect, toBookingDto } from "./dto";
import { lockBooking } from "./lock-booking";
import { bookingRole } from "./policies";
import { CancelBookingInput } from "./schemas";
import { assertTransition } from "./state-machine";

/**
 * Cancels a requested or confirmed booking and frees its time. The refund is computed here from
 * the policy snapshotted at booking time and executed on the payment right after the commit
 * (release, partial capture); a provider's cancellation is always a full refund and counts
 * against the provider's profile.
 */
export async function cancelBooking({ actor, now = new Date(), ...input }: CancelBookingInput & { actor: Actor; now?: Date }) {
  const { bookingId, reason } = parseInput(CancelBookingInput, input);
  await transactional(async (tx) => {
    const current = await lockBooking(tx, bookingId);
    const by = bookingRole(actor, current);
    assertTransition(current.status, "CANCELLED");
    const refundAmount = refundForCancellation({ ...current, by, at: now });

    await tx.booking.update({
      where: { id: bookingId },
      data: { status: "CANCELLED", cancelledAt: now, cancelledBy: by, cancelReason: reason ?? null, refundAmount },
    });
    if (by === "PROVIDER") {
      await tx.providerProfile.update({ where: { id: current.providerId }, data: { providerCancellations: { increment: 1 } } });
    }
    await recordEvent(tx, {
      type: "booking.cancelled",
      actorId: actor.userId,
      entity: { type: "Booking", id: bookingId },
      data: { bookingId, cancelledBy: by, refundAmount },
    });
  });
  await settleAfterCommit(bookingId, now);
  return toBookingDto(await db.booking.findUniqueOrThrow({ where: { id: bookingId }, select: bookingSelect }));
}
