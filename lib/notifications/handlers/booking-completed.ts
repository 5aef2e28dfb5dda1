import { loadBookingEmailData } from "../booking-email-data";
import { createNotification } from "../create-notification";
import { bookingCompletedEmail } from "../templates/booking-completed";
import { bookingCompletedNotification } from "../templates/lifecycle-notifications";
import type { Handler } from "../../events/handler";

export const emailCustomerOnBookingCompleted: Handler<"booking.completed"> = async (event, ctx) => {
  const booking = await loadBookingEmailData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await ctx.email.send({
    to: booking.customer.email,
    template: "booking-completed",
    dedupeKey: `booking.completed:${booking.id}:customer`,
    ...bookingCompletedEmail(booking),
  });
};

export const notifyCustomerOnBookingCompleted: Handler<"booking.completed"> = async (event, ctx) => {
  const booking = await loadBookingEmailData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await createNotification({
    userId: booking.customer.id,
    type: "booking.completed",
    dedupeKey: `booking.completed:${booking.id}:customer`,
    ...bookingCompletedNotification(booking, "customer"),
  });
};

export const notifyProviderOnBookingCompleted: Handler<"booking.completed"> = async (event, ctx) => {
  const booking = await loadBookingEmailData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await createNotification({
    userId: booking.provider.user.id,
    type: "booking.completed",
    dedupeKey: `booking.completed:${booking.id}:provider`,
    ...bookingCompletedNotification(booking, "provider"),
  });
};
