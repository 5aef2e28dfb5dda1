import { z } from "zod";
import type { Tx } from "../core/db";
import { AppError, isAppError } from "../core/errors";
import { retryOnWriteConflict } from "../core/db/retry-on-write-conflict";
import { transactional } from "../events/transactional";
import { insertBooking } from "./insert-booking";
import { isOverlapViolation, slotTaken } from "./slot-taken";
import type { AuthorizationOutcome } from "../payments/authorization-outcome";
import { lockPaymentForFinalize, markPaymentAwaitingAction, markPaymentFailed, recordSecuredPayment, type SecuredOutcome } from "../payments/record-authorization-outcome";
import { loadBookingPaymentResult, type BookingPaymentResult } from "./booking-payment-result";
import { releaseUnusedPayment } from "../payments/release-unused-payment";
import { assessRisk, recordRiskAssessment } from "../risk/assess-risk";


const PendingBookingSchema = z.object({ serviceId: z.string(), start: z.string(), notes: z.string(), address: z.string() });

/** The codes that mean "no booking for this payment": its authorization must be released. */
const UNUSABLE = new Set(["SLOT_TAKEN", "CONFLICT", "INVALID_STATE", "NOT_FOUND"]);

/**
 * Steps (d)–(f), on the booking side (the payment's columns are lib/payments/record-authorization-outcome.ts): acts on where the payment stands. Authorized (or card saved): ONE transaction
 * writes the booking and links the payment; if the time was taken meanwhile, the authorization is
 * released and the answer is 409. Authentication needed: the payment waits (202). Failed: 402, no
 * booking. Idempotent: a payment that already has its booking answers with it.
 */
export async function finalizeBookingPayment({ paymentId, outcome, now = new Date() }: {
  paymentId: string;
  outcome: AuthorizationOutcome;
  now?: Date;
}): Promise<BookingPaymentResult> {
  if (outcome.status === "requires_action") {
    await markPaymentAwaitingAction(paymentId, outcome.clientSecret);
    return loadBookingPaymentResult(paymentId);
  }
  if (outcome.status === "failed") {
    await markPaymentFailed(paymentId, outcome);
    throw new AppError("PAYMENT_FAILED", outcome.message, { paymentId, reason: outcome.code });
  }

  let start = 0;
  let serviceId = "";
  try {
    await retryOnWriteConflict(() => transactional(async (tx) => {
      const payment = await lockPaymentForFinalize(tx, paymentId);
      if (payment.bookingId) return linkExistingBooking(tx, paymentId, payment, outcome, now);
      if (payment.status !== "PENDING" && payment.status !== "REQUIRES_ACTION") {
        throw new AppError("INVALID_STATE", "This payment has expired. Nothing was charged; please book again.", { reason: "PAYMENT_CLOSED" });
      }
      const pending = PendingBookingSchema.parse(payment.pendingBooking);
      start = Date.parse(pending.start);
      serviceId = pending.serviceId;
      // Scored for the admins (docs/risk.md); a booking is never held.
      const verdict = await assessRisk(tx, { kind: "BOOKING", userId: payment.customerId, amount: payment.amount, now });
      const booking = await insertBooking(tx, {
        customerId: payment.customerId,
        request: { ...pending, start },
        price: { amount: payment.amount, currency: payment.currency },
        now,
      });
      await recordRiskAssessment(tx, { verdict, subjectId: booking.id, userId: payment.customerId, currency: payment.currency, now });
      await recordSecuredPayment(tx, { paymentId, outcome, now, bookingId: booking.id });
    }));
  } catch (error) {
    const overlap = isOverlapViolation(error);
    if (!overlap && !(isAppError(error) && UNUSABLE.has(error.code))) throw error; // unexpected: the sweeper releases it later
    await releaseUnusedPayment({ paymentId, reason: overlap ? "SLOT_TAKEN" : (error as AppError).code });
    throw overlap ? await slotTaken(undefined, serviceId, start, now) : error;
  }
  return loadBookingPaymentResult(paymentId);
}

/**
 * A payment that already has its booking: a replay (nothing to do), or a saved card authorized
 * after all (off-session, or once the customer finished an authentication step).
 */
async function linkExistingBooking(
  tx: Tx,
  paymentId: string,
  payment: { status: string; booking: { status: string } | null },
  outcome: SecuredOutcome,
  now: Date,
) {
  const waiting = payment.status === "CARD_SAVED" || payment.status === "REQUIRES_ACTION" || payment.status === "FAILED";
  if (!waiting || outcome.status !== "authorized") return;
  // Completed or no-show: the saved card is charged after all (the settle step captures it).
  const chargeable = ["REQUESTED", "CONFIRMED", "COMPLETED", "NO_SHOW"].includes(payment.booking?.status ?? "");
  if (!chargeable) throw new AppError("INVALID_STATE", "This booking is no longer open, so its payment was released.", { reason: "BOOKING_CLOSED" });
  await recordSecuredPayment(tx, { paymentId, outcome, now });
}
