import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { settleAfterCommit } from "./settle-booking-payment";
import { bookingSelect, toBookingDto } from "./dto";
import { lockBooking } from "./lock-booking";
import { assertIsBookingProvider } from "./policies";
import { assertTransition } from "./state-machine";

/**
 * The provider's answer to a REQUESTED booking. The row lock makes a concurrent confirm,
 * decline or expiry wait, then lose cleanly with 409 and the state it lost to. A declined request's
 * authorization is released right after the commit.
 */
export async function answerBookingRequest({ actor, bookingId, answer, now = new Date() }: {
  actor: Actor;
  bookingId: string;
  answer: "confirm" | "decline";
  now?: Date;
}) {
  const status = answer === "confirm" ? "CONFIRMED" : "DECLINED";
  await transactional(async (tx) => {
    const current = await lockBooking(tx, bookingId);
    assertIsBookingProvider(actor, current);
    assertTransition(current.status, status);
    // The expiry job may not have run yet: a lapsed request is expired all the same.
    if (current.expiresAt && current.expiresAt <= now) {
      throw new AppError("INVALID_STATE", "This request expired before it was answered", { currentStatus: "EXPIRED" });
    }
    await tx.booking.update({ where: { id: bookingId }, data: { status, ...(status === "CONFIRMED" ? { confirmedAt: now } : {}) } });
    await recordEvent(tx, {
      type: status === "CONFIRMED" ? "booking.confirmed" : "booking.declined",
      actorId: actor.userId,
      entity: { type: "Booking", id: bookingId },
      data: { bookingId },
    });
  });
  if (status === "DECLINED") await settleAfterCommit(bookingId, now);
  return toBookingDto(await db.booking.findUniqueOrThrow({ where: { id: bookingId }, select: bookingSelect }));
}
