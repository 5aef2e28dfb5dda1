import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { settleAfterCommit } from "./settle-booking-payment";
import { bookingSelect, toBookingDto } from "./dto";
import { lockBooking } from "./lock-booking";
import { assertCanCloseBooking } from "./policies";
import { assertTransition } from "./state-machine";

/**
 * The provider closes a confirmed booking: COMPLETED once it has ended, NO_SHOW once it should
 * have started. Shared by complete-booking.ts and mark-no-show.ts. The payment is captured right
 * after the commit (a no-show as a customer cancellation at the start time).
 */
export async function closeBooking({ actor, bookingId, outcome, now }: {
  actor: Actor;
  bookingId: string;
  outcome: "COMPLETED" | "NO_SHOW";
  now: Date;
}) {
  await transactional(async (tx) => {
    const current = await lockBooking(tx, bookingId);
    assertCanCloseBooking(actor, current);
    assertTransition(current.status, outcome);
    const notBefore = outcome === "COMPLETED" ? current.endsAt : current.startsAt;
    if (now < notBefore) {
      throw new AppError("INVALID_STATE", outcome === "COMPLETED" ? "A booking can be completed once it has ended" : "A no-show can be recorded once the booking has started", {
        currentStatus: current.status,
        notBefore: notBefore.toISOString(),
      });
    }
    await tx.booking.update({ where: { id: bookingId }, data: { status: outcome, ...(outcome === "COMPLETED" ? { completedAt: now } : {}) } });
    await recordEvent(tx, {
      type: outcome === "COMPLETED" ? "booking.completed" : "booking.no_show",
      actorId: actor.userId,
      entity: { type: "Booking", id: bookingId },
      data: { bookingId },
    });
  });
  await settleAfterCommit(bookingId, now);
  return toBookingDto(await db.booking.findUniqueOrThrow({ where: { id: bookingId }, select: bookingSelect }));
}
