import { db } from "../core/db";
import { isAppError } from "../core/errors";
import { logger } from "../core/logger";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { outcomeOfAuthorization } from "./authorization-outcome";
import { finalizeBookingPayment } from "./finalize-booking-payment";
import { processorFor } from "./get-payment-processor";
import { processorKeys } from "./keys";
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
    const claim = await db.payment.updateMany({
      where: { id: candidate.id, status: "CARD_SAVED", offSessionAttemptedAt: candidate.offSessionAttemptedAt },
      data: { offSessionAttemptedAt: now },
    });
    if (claim.count === 0) continue;
    try {
      if (await authorizeOne(candidate.id, now)) authorized++;
    } catch (error) {
      // Unknown outcome (network, 5xx): unclaim so that the next tick asks again with the same key.
      await db.payment.updateMany({ where: { id: candidate.id, status: "CARD_SAVED", offSessionAttemptedAt: now }, data: { offSessionAttemptedAt: null } });
      logger.error({ err: error, paymentId: candidate.id }, "off-session authorization failed to run; next tick retries");
    }
  }
  return authorized;
}

async function authorizeOne(paymentId: string, now: Date): Promise<boolean> {
  const payment = await db.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: {
      amount: true,
      currency: true,
      processor: true,
      paymentMethodRef: true,
      bookingId: true,
      customer: { select: { stripeCustomerId: true } },
      provider: { select: { stripeAccountId: true } },
      booking: { select: { serviceName: true, serviceId: true, startsAt: true, status: true } },
    },
  });
  const booking = payment.booking!;
  const result = await processorFor(payment.processor).authorize({
    amount: payment.amount,
    currency: payment.currency,
    paymentMethod: payment.paymentMethodRef ?? "",
    customerRef: payment.customer.stripeCustomerId ?? undefined,
    destinationAccount: payment.provider.stripeAccountId ?? undefined,
    offSession: true,
    description: booking.serviceName,
    metadata: { paymentId, bookingId: payment.bookingId!, serviceId: booking.serviceId },
    idempotencyKey: processorKeys.offSession(paymentId),
  });
  await db.payment.update({ where: { id: paymentId }, data: { processorRef: result.ref } });
  try {
    const { payment: after } = await finalizeBookingPayment({ paymentId, outcome: outcomeOfAuthorization(result), now });
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
