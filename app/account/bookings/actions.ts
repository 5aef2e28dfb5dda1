"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { quoteCancellation } from "@/lib/bookings/quote-cancellation";
import { rescheduleBooking } from "@/lib/bookings/reschedule-booking";
import { BookingIdInput, CancelBookingInput, RescheduleBookingInput } from "@/lib/bookings/schemas";
import { confirmPayment } from "@/lib/bookings/confirm-payment";
import { PaymentIdInput, TestAuthenticationInput } from "@/lib/payments/schemas";
import { testAuthenticatePayment } from "@/lib/payments/test-authenticate-payment";

function revalidateBooking(bookingId: string) {
  revalidatePath("/account/bookings");
  revalidatePath(`/account/bookings/${bookingId}`);
  revalidatePath("/dashboard", "layout");
}

/** Asked when the customer opens the cancel dialog, so the refund shown is today's, not the page's. */
export const quoteCancellationAction = authedAction(BookingIdInput, async ({ bookingId }, { actor }) => quoteCancellation({ actor, bookingId }));

export const cancelBookingAction = authedAction(CancelBookingInput, async (input, { actor }) => {
  const booking = await cancelBooking({ ...input, actor });
  revalidateBooking(booking.id);
  return booking;
});

export const rescheduleBookingAction = authedAction(RescheduleBookingInput, async (input, { actor }) => {
  const booking = await rescheduleBooking({ ...input, actor });
  revalidateBooking(booking.id);
  return booking;
});

/** A booking whose saved card needs the customer's authentication (48 h before): confirm it here. */
export const confirmBookingPaymentAction = authedAction(PaymentIdInput, async ({ paymentId }, { actor }) => {
  const { payment } = await confirmPayment({ actor, paymentId });
  if (payment.bookingId) revalidateBooking(payment.bookingId);
  return payment;
});

export const testAuthenticateBookingPaymentAction = authedAction(TestAuthenticationInput, async (input, { actor }) => testAuthenticatePayment({ ...input, actor }));
