"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { requestBooking } from "@/lib/bookings/request-booking";
import { RequestBookingInput } from "@/lib/bookings/schemas";
import { confirmPayment } from "@/lib/bookings/confirm-payment";
import { PaymentIdInput, TestAuthenticationInput } from "@/lib/payments/schemas";
import { testAuthenticatePayment } from "@/lib/payments/test-authenticate-payment";
import { requestLimits } from "@/lib/adapters/request-limits";

function revalidateBookings() {
  revalidatePath("/account/bookings");
  revalidatePath("/dashboard", "layout");
}

/** The booking (card authorized or saved), or the payment waiting for an authentication step. */
export const requestBookingAction = authedAction(RequestBookingInput, async (input, { actor }) => {
  const result = await requestBooking({ ...input, actor });
  if (result.booking) revalidateBookings();
  return result;
}, { limits: [requestLimits.payments] });

/** After the authentication step (Stripe.js or the test-mode dialog): the booking, or why not. */
export const confirmPaymentAction = authedAction(PaymentIdInput, async ({ paymentId }, { actor }) => {
  const result = await confirmPayment({ actor, paymentId });
  if (result.booking) revalidateBookings();
  return result;
}, { limits: [requestLimits.payments] });

/** Test mode's stand-in for the bank's authentication page. */
export const testAuthenticatePaymentAction = authedAction(TestAuthenticationInput, async (input, { actor }) => testAuthenticatePayment({ ...input, actor }), {
  limits: [requestLimits.payments],
});
