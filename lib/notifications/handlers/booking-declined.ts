import { bookingEventSequence } from "../../calendar/event-identity";
import { loadBookingEmailData } from "../booking-email-data";
import { loadBookingLifecycleData } from "../booking-lifecycle-data";
import { createNotification } from "../create-notification";
import { bookingDeclinedEmail } from "../templates/booking-declined";
import { bookingIcsAttachment } from "../templates/booking-ics";
import { bookingDeclinedNotification } from "../templates/booking-notifications";
import type { Handler } from "../../events/handler";

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
