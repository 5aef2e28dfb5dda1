"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { completeBooking } from "@/lib/bookings/complete-booking";
import { confirmBooking } from "@/lib/bookings/confirm-booking";
import { declineBooking } from "@/lib/bookings/decline-booking";
import { markNoShow } from "@/lib/bookings/mark-no-show";
import { rescheduleBooking } from "@/lib/bookings/reschedule-booking";
import { BookingIdInput, CancelBookingInput, RescheduleBookingInput } from "@/lib/bookings/schemas";

function revalidateBooking(bookingId: string) {
  revalidatePath("/dashboard", "layout");
  revalidatePath("/account/bookings");
  revalidatePath(`/account/bookings/${bookingId}`);
}

export const confirmBookingAction = authedAction(BookingIdInput, async (input, { actor }) => {
  const booking = await confirmBooking({ ...input, actor });
  revalidateBooking(booking.id);
  return booking;
});

export const declineBookingAction = authedAction(BookingIdInput, async (input, { actor }) => {
  const booking = await declineBooking({ ...input, actor });
  revalidateBooking(booking.id);
  return booking;
});

/** The provider's cancellation: always a full refund, and it counts on the provider's profile. */
export const providerCancelBookingAction = authedAction(CancelBookingInput, async (input, { actor }) => {
  const booking = await cancelBooking({ ...input, actor });
  revalidateBooking(booking.id);
  return booking;
});

export const providerRescheduleBookingAction = authedAction(RescheduleBookingInput, async (input, { actor }) => {
  const booking = await rescheduleBooking({ ...input, actor });
  revalidateBooking(booking.id);
  return booking;
});

export const completeBookingAction = authedAction(BookingIdInput, async (input, { actor }) => {
  const booking = await completeBooking({ ...input, actor });
  revalidateBooking(booking.id);
  return booking;
});

export const markNoShowAction = authedAction(BookingIdInput, async (input, { actor }) => {
  const booking = await markNoShow({ ...input, actor });
  revalidateBooking(booking.id);
  return booking;
});
