import type { Handler } from "../../events/handler";
import { offerFreedBookingTime } from "../offer-freed-time";

// Time a booking gave up goes to the waitlist. Idempotent: on a retry the time is already held or booked.
export const offerWaitlistOnBookingCancelled: Handler<"booking.cancelled"> = async (event) => {
  await offerFreedBookingTime({ bookingId: event.payload.data.bookingId });
};
export const offerWaitlistOnBookingDeclined: Handler<"booking.declined"> = async (event) => {
  await offerFreedBookingTime({ bookingId: event.payload.data.bookingId });
};
export const offerWaitlistOnBookingExpired: Handler<"booking.expired"> = async (event) => {
  await offerFreedBookingTime({ bookingId: event.payload.data.bookingId });
};
export const offerWaitlistOnBookingRescheduled: Handler<"booking.rescheduled"> = async (event) => {
  const { bookingId, previousStart, previousEnd } = event.payload.data;
  await offerFreedBookingTime({ bookingId, previous: { start: previousStart, end: previousEnd } });
};
