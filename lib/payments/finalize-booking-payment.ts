import { z } from "zod";
import { db, type Tx } from "../core/db";
import { AppError, isAppError } from "../core/errors";
import { retryOnWriteConflict } from "../core/db/retry-on-write-conflict";
import { transactional } from "../events/transactional";
import { insertBooking } from "../bookings/insert-booking";
import { isOverlapViolation, slotTaken } from "../bookings/slot-taken";
import type { AuthorizationOutcome } from "./authorization-outcome";
import { AUTHORIZATION_VALIDITY_MS } from "./authorization-window";
import { loadBookingPaymentResult, type BookingPaymentResult } from "./booking-payment-result";
import { releaseUnusedPayment } from "./release-unused-payment";


const PendingBookingSchema = z.object({ serviceId: z.string(), start: z.string(), notes: z.string(), address: z.string() });

/** The codes that mean "no booking for this payment": its authorization must be released. */
const UNUSABLE = new Set(["SLOT_TAKEN", "CONFLICT", "INVALID_STATE", "NOT_FOUND"]);

/**
 * Steps (d)–(f): acts on where the payment stands. Authorized (or card saved): ONE transaction
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
    await db.payment.updateMany({
      where: { id: paymentId, status: { in: ["PENDING", "REQUIRES_ACTION", "CARD_SAVED"] } },
      data: { status: "REQUIRES_ACTION", clientSecret: outcome.clientSecret },
    });
    return loadBookingPaymentResult(paymentId);
  }
  if (outcome.status === "failed") {
    await db.payment.updateMany({
      where: { id: paymentId, status: { in: ["PENDING", "REQUIRES_ACTION", "CARD_SAVED"] } },
      data: { status: "FAILED", failureCode: outcome.code, failureMessage: outcome.message, clientSecret: null },
    });
    throw new AppError("PAYMENT_FAILED", outcome.message, { paymentId, reason: outcome.code });
  }

  let start = 0;
  let serviceId = "";
  try {
    await retryOnWriteConflict(() => transactional(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
      const payment = await tx.payment.findUniqueOrThrow({
        where: { id: paymentId },
        select: { status: true, bookingId: true, customerId: true, amount: true, currency: true, pendingBooking: true, booking: { select: { status: true } } },
      });
      if (payment.bookingId) return linkExistingBooking(tx, paymentId, payment, outcome, now);
      if (payment.status !== "PENDING" && payment.status !== "REQUIRES_ACTION") {
        throw new AppError("INVALID_STATE", "This payment has expired. Nothing was charged; please book again.", { reason: "PAYMENT_CLOSED" });
      }
      const pending = PendingBookingSchema.parse(payment.pendingBooking);
      start = Date.parse(pending.start);
      serviceId = pending.serviceId;
      const booking = await insertBooking(tx, {
        customerId: payment.customerId,
        request: { ...pending, start },
        price: { amount: payment.amount, currency: payment.currency },
        now,
      });
      await tx.payment.update({ where: { id: paymentId }, data: { bookingId: booking.id, ...securedData(outcome, now) } });
    }));
  } catch (error) {
    const overlap = isOverlapViolation(error);
    if (!overlap && !(isAppError(error) && UNUSABLE.has(error.code))) throw error; // unexpected: the sweeper releases it later
    await releaseUnusedPayment({ paymentId, reason: overlap ? "SLOT_TAKEN" : (error as AppError).code });
    throw overlap ? await slotTaken(undefined, serviceId, start, now) : error;
  }
  return loadBookingPaymentResult(paymentId);
}

/** The payment columns once the money is secured (an authorization, or a card saved for later). */
function securedData(outcome: Extract<AuthorizationOutcome, { status: "authorized" | "card_saved" }>, now: Date) {
  const common = { clientSecret: null, failureCode: null, failureMessage: null };
  if (outcome.status === "card_saved") return { ...common, status: "CARD_SAVED" as const, setupIntentRef: outcome.setupRef, paymentMethodRef: outcome.paymentMethodRef };
  return {
    ...common,
    status: "AUTHORIZED" as const,
    processorRef: outcome.ref,
    authorizedAt: now,
    authorizationExpiresAt: new Date(now.getTime() + AUTHORIZATION_VALIDITY_MS),
  };
}

/**
 * A payment that already has its booking: a replay (nothing to do), or a saved card authorized
 * after all (off-session, or once the customer finished an authentication step).
 */
async function linkExistingBooking(
  tx: Tx,
  paymentId: string,
  payment: { status: string; booking: { status: string } | null },
  outcome: Extract<AuthorizationOutcome, { status: "authorized" | "card_saved" }>,
  now: Date,
) {
  const waiting = payment.status === "CARD_SAVED" || payment.status === "REQUIRES_ACTION" || payment.status === "FAILED";
  if (!waiting || outcome.status !== "authorized") return;
  // Completed or no-show: the saved card is charged after all (the settle step captures it).
  const chargeable = ["REQUESTED", "CONFIRMED", "COMPLETED", "NO_SHOW"].includes(payment.booking?.status ?? "");
  if (!chargeable) throw new AppError("INVALID_STATE", "This booking is no longer open, so its payment was released.", { reason: "BOOKING_CLOSED" });
  await tx.payment.update({ where: { id: paymentId }, data: securedData(outcome, now) });
}
