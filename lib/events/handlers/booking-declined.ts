import { bookingEventSequence } from "../../calendar/event-identity";
import { loadBookingEmailData } from "../../notifications/booking-email-data";
import { loadBookingLifecycleData } from "../../notifications/booking-lifecycle-data";
import { createNotification } from "../../notifications/create-notification";
import { bookingDeclinedEmail } from "../../notifications/templates/booking-declined";
import { bookingIcsAttachment } from "../../notifications/templates/booking-ics";
import { bookingDeclinedNotification } from "../../notifications/templates/booking-notifications";
import type { Handler } from "../handler";

export const emailCustomerOnBookingDeclined: Handler<"booking.declined"> = async (event, ctx) => {
  const booking = await loadBookingLifecycleData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await ctx.email.send({
    to: booking.customer.email,
    template: "booking-declined",
    dedupeKey: `booking.declined:${booking.id}:customer`,
    ...bookingDeclinedEmail(booking),
    // Same UID as the tentative file from "Request sent": a calendar that imported it now shows it cancelled.
    attachments: [bookingIcsAttachment(booking, "CANCELLED", "customer", { method: "CANCEL", sequence: bookingEventSequence("CANCELLED", booking.reschedules) })],
  });
};

export const notifyCustomerOnBookingDeclined: Handler<"booking.declined"> = async (event, ctx) => {
  const booking = await loadBookingEmailData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await createNotification({
    userId: booking.customer.id,
    type: "booking.declined",
    dedupeKey: `booking.declined:${booking.id}:customer`,
    ...bookingDeclinedNotification(booking),
  });
};
