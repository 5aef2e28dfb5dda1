import { loadBookingEmailData } from "../booking-email-data";
import { createNotification } from "../create-notification";
import { bookingIcsAttachment } from "../templates/booking-ics";
import { bookingRequestedNotification } from "../templates/booking-notifications";
import { bookingRequestedCustomerEmail, bookingRequestedProviderEmail } from "../templates/booking-requested";
import type { Handler } from "../../events/handler";

// One handler per effect, so a failing email never re-sends the notification (or vice versa).

export const emailProviderOnBookingRequested: Handler<"booking.requested"> = async (event, ctx) => {
  const booking = await loadBookingEmailData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await ctx.email.send({
    to: booking.provider.user.email,
    template: "booking-requested-provider",
    dedupeKey: `booking.requested:${booking.id}:provider`,
    ...bookingRequestedProviderEmail(booking),
    attachments: [bookingIcsAttachment(booking, "TENTATIVE", "provider")],
  });
};

export const notifyProviderOnBookingRequested: Handler<"booking.requested"> = async (event, ctx) => {
  const booking = await loadBookingEmailData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await createNotification({
    userId: booking.provider.user.id,
    type: "booking.requested",
    dedupeKey: `booking.requested:${booking.id}:provider`,
    ...bookingRequestedNotification(booking),
  });
};

export const emailCustomerOnBookingRequested: Handler<"booking.requested"> = async (event, ctx) => {
  const booking = await loadBookingEmailData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await ctx.email.send({
    to: booking.customer.email,
    template: "booking-requested-customer",
    dedupeKey: `booking.requested:${booking.id}:customer`,
    ...bookingRequestedCustomerEmail(booking),
    attachments: [bookingIcsAttachment(booking, "TENTATIVE", "customer")],
  });
};
