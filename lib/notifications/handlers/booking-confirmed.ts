import { bookingEventSequence } from "../../calendar/event-identity";
import { loadBookingEmailData } from "../booking-email-data";
import { loadBookingLifecycleData } from "../booking-lifecycle-data";
import { createNotification } from "../create-notification";
import { bookingConfirmedEmail } from "../templates/booking-confirmed";
import { bookingIcsAttachment } from "../templates/booking-ics";
import { bookingConfirmedNotification } from "../templates/booking-notifications";
import type { Handler } from "../../events/handler";

export const emailCustomerOnBookingConfirmed: Handler<"booking.confirmed"> = async (event, ctx) => {
  const booking = await loadBookingLifecycleData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await ctx.email.send({
    to: booking.customer.email,
    template: "booking-confirmed",
    dedupeKey: `booking.confirmed:${booking.id}:customer`,
    ...bookingConfirmedEmail(booking),
    // A request can be rescheduled before it is confirmed: the confirmation must outrank those files.
    attachments: [bookingIcsAttachment(booking, "CONFIRMED", "customer", { sequence: bookingEventSequence("CONFIRMED", booking.reschedules) })],
  });
};

export const notifyCustomerOnBookingConfirmed: Handler<"booking.confirmed"> = async (event, ctx) => {
  const booking = await loadBookingEmailData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await createNotification({
    userId: booking.customer.id,
    type: "booking.confirmed",
    dedupeKey: `booking.confirmed:${booking.id}:customer`,
    ...bookingConfirmedNotification(booking),
  });
};
