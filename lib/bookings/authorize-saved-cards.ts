import { db } from "../core/db";
import { isAppError } from "../core/errors";
import { logger } from "../core/logger";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { authorizeOffSession, claimOffSessionAttempt, releaseOffSessionClaim } from "../payments/authorize-off-session";
import { finalizeBookingPayment } from "./finalize-booking-payment";
import { settleAfterCommit } from "./settle-booking-payment";

const HOUR = 3_600_000;
/** Far-off bookings are authorized this long before they start (an authorization lasts 7 days). */
export const OFF_SESSION_LEAD_MS = 48 * HOUR;
/** After a failed off-session authorization, the customer has this long to fix it… */
export const GRACE_MS = 12 * HOUR;
/** …and never less than this before the start, when the booking is cancelled regardless. */
export const GRACE_CUTOFF_BEFORE_START_MS = 2 * HOUR;
/** A claim older than this belongs to a tick that died mid-call: retried with the same key. */
const STALE_CLAIM_MS = 10 * 60_000;

export function graceEndsAt(attemptedAt: Date, startsAt: Date): Date {
  return new Date(Math.min(attemptedAt.getTime() + GRACE_MS, startsAt.getTime() - GRACE_CUTOFF_BEFORE_START_MS));
}

/**
 * Scheduled (decision 5): saved cards of bookings starting within 48 h are authorized off-session
 * (key payment:<id>:offsession). A failure emits payment.authorization_failed to both parties;
 * cancel-unpaid-bookings cancels the booking when the grace period ends.
 */
export async function authorizeSavedCards({ now = new Date(), limit = 100 }: { now?: Date; limit?: number } = {}) {
  const due = await db.payment.findMany({
    where: {
      status: "CARD_SAVED",
      OR: [{ offSessionAttemptedAt: null }, { offSessionAttemptedAt: { lte: new Date(now.getTime() - STALE_CLAIM_MS) } }],
      booking: { status: { in: ["REQUESTED", "CONFIRMED", "COMPLETED", "NO_SHOW"] }, startsAt: { lte: new Date(now.getTime() + OFF_SESSION_LEAD_MS) } },
    },
    select: { id: true, offSessionAttemptedAt: true },
    take: limit,
  });
  let authorized = 0;
  for (const candidate of due) {
    // Claim it, so that overlapping ticks do not both call the processor.
    if (!(await claimOffSessionAttempt({ paymentId: candidate.id, previous: candidate.offSessionAttemptedAt, now }))) continue;
    try {
      if (await authorizeOne(candidate.id, now)) authorized++;
    } catch (error) {
      // Unknown outcome (network, 5xx): unclaim so that the next tick asks again with the same key.
      await releaseOffSessionClaim({ paymentId: candidate.id, now });
      logger.error({ err: error, paymentId: candidate.id }, "off-session authorization failed to run; next tick retries");
    }
  }
  return authorized;
}

async function authorizeOne(paymentId: string, now: Date): Promise<boolean> {
  const payment = await db.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { bookingId: true, booking: { select: { startsAt: true, status: true } } },
  });
  const booking = payment.booking!;
  const outcome = await authorizeOffSession({ paymentId });
  try {
    const { payment: after } = await finalizeBookingPayment({ paymentId, outcome, now });
    if (after.status === "AUTHORIZED") {
      if (booking.status === "COMPLETED" || booking.status === "NO_SHOW") await settleAfterCommit(payment.bookingId!, now);
      return true;
    }
  } catch (error) {
    // The booking closed meanwhile: finalize already released the authorization.
    if (isAppError(error) && error.code === "INVALID_STATE") return false;
    if (!isAppError(error) || error.code !== "PAYMENT_FAILED") throw error;
  }
  // Declined, or the bank wants the customer present: both parties hear of it, the booking waits out the grace.
  await transactional((tx) =>
    recordEvent(tx, {
      type: "payment.authorization_failed",
      actorId: null,
      entity: { type: "Payment", id: paymentId },
      data: { paymentId, bookingId: payment.bookingId!, graceEndsAt: graceEndsAt(now, booking.startsAt).toISOString() },
    }),
  );
  return false;
}
