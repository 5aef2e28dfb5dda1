import { loadBookingEmailData } from "../booking-email-data";
import { createNotification } from "../create-notification";
import { bookingNoShowEmail } from "../templates/booking-no-show";
import { bookingNoShowNotification } from "../templates/lifecycle-notifications";
import type { Handler } from "../../events/handler";

export const emailCustomerOnBookingNoShow: Handler<"booking.no_show"> = async (event, ctx) => {
  const booking = await loadBookingEmailData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await ctx.email.send({
    to: booking.customer.email,
    template: "booking-no-show",
    dedupeKey: `booking.no_show:${booking.id}:customer`,
    ...bookingNoShowEmail(booking),
  });
};

export const notifyCustomerOnBookingNoShow: Handler<"booking.no_show"> = async (event, ctx) => {
  const booking = await loadBookingEmailData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await createNotification({
    userId: booking.customer.id,
    type: "booking.no_show",
    dedupeKey: `booking.no_show:${booking.id}:customer`,
    ...bookingNoShowNotification(booking),
  });
};
