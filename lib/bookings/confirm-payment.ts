import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { AppError, notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { currentAuthorizationOutcome } from "../payments/current-authorization-outcome";
import { loadBookingPaymentResult, type BookingPaymentResult } from "./booking-payment-result";
import { finalizeBookingPayment } from "./finalize-booking-payment";
import { assertIsPayer } from "../payments/policies";
import { PaymentIdInput } from "../payments/schemas";

/**
 * POST /api/payments/{id}/confirm: after the browser finished an authentication step (Stripe.js
 * handleNextAction, or test mode's dialog), asks the processor where the payment stands and
 * finalizes it like the first attempt: booking (200), still waiting (202), failed (402), taken (409).
 */
export async function confirmPayment({ actor, now = new Date(), ...input }: { actor: Actor; paymentId: string; now?: Date }): Promise<BookingPaymentResult> {
  const { paymentId } = parseInput(PaymentIdInput, input);
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    select: { status: true, processor: true, processorRef: true, setupIntentRef: true, bookingId: true, customerId: true, provider: { select: { userId: true } } },
  });
  if (!payment) throw notFound("Payment");
  assertIsPayer(actor, payment);
  if (payment.status !== "PENDING" && payment.status !== "REQUIRES_ACTION") {
    if (payment.bookingId && payment.status !== "CANCELED" && payment.status !== "FAILED") return loadBookingPaymentResult(paymentId);
    throw new AppError("INVALID_STATE", "This payment is no longer waiting for confirmation. Nothing more was charged.", { currentStatus: payment.status });
  }
  const outcome = await currentAuthorizationOutcome(payment);
  if (!outcome) return loadBookingPaymentResult(paymentId);
  return finalizeBookingPayment({ paymentId, outcome, now });
}
