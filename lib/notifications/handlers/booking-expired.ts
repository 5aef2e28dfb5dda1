import { bookingEventSequence } from "../../calendar/event-identity";
import { loadBookingLifecycleData } from "../booking-lifecycle-data";
import { createNotification } from "../create-notification";
import { bookingExpiredEmail } from "../templates/booking-expired";
import { bookingIcsAttachment } from "../templates/booking-ics";
import { bookingExpiredNotification } from "../templates/lifecycle-notifications";
import type { Handler } from "../../events/handler";

export const emailCustomerOnBookingExpired: Handler<"booking.expired"> = async (event, ctx) => {
  const booking = await loadBookingLifecycleData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await ctx.email.send({
    to: booking.customer.email,
    template: "booking-expired",
    dedupeKey: `booking.expired:${booking.id}:customer`,
    ...bookingExpiredEmail(booking),
    // Same UID as the tentative file from "Request sent": the customer's calendar drops the hold.
    attachments: [
      bookingIcsAttachment(booking, "CANCELLED", "customer", { method: "CANCEL", sequence: bookingEventSequence("CANCELLED", booking.reschedules) }),
    ],
  });
};

export const notifyCustomerOnBookingExpired: Handler<"booking.expired"> = async (event, ctx) => {
  const booking = await loadBookingLifecycleData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await createNotification({
    userId: booking.customer.id,
    type: "booking.expired",
    dedupeKey: `booking.expired:${booking.id}:customer`,
    ...bookingExpiredNotification(booking, "customer"),
  });
};

export const notifyProviderOnBookingExpired: Handler<"booking.expired"> = async (event, ctx) => {
  const booking = await loadBookingLifecycleData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await createNotification({
    userId: booking.provider.user.id,
    type: "booking.expired",
    dedupeKey: `booking.expired:${booking.id}:provider`,
    ...bookingExpiredNotification(booking, "provider"),
  });
};
