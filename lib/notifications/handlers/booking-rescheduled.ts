import { bookingEventSequence } from "../../calendar/event-identity";
import { loadBookingLifecycleData, type BookingLifecycleData } from "../booking-lifecycle-data";
import { createNotification } from "../create-notification";
import { bookingIcsAttachment } from "../templates/booking-ics";
import { bookingRescheduledEmail } from "../templates/booking-rescheduled";
import { bookingRescheduledNotification } from "../templates/lifecycle-notifications";
import type { Audience } from "../templates/links";
import type { Handler, HandlerContext } from "../../events/handler";
import type { StoredEvent } from "../../events/types";

// Both parties get the email (and its calendar update); only the party who did not move it gets the
// in-app notification. The key names the new start so each move is announced, and the event id so
// moving back to an earlier time (A → B → A) is announced too.

type Rescheduled = StoredEvent<"booking.rescheduled">;

const dedupeKey = (event: Rescheduled, booking: BookingLifecycleData, recipient: Audience) =>
  `booking.rescheduled:${booking.id}:${recipient}:${booking.startsAt.toISOString()}:${event.id}`;

const previousOf = (event: Rescheduled) => ({
  startsAt: new Date(event.payload.data.previousStart),
  endsAt: new Date(event.payload.data.previousEnd),
});

async function emailParty(event: Rescheduled, ctx: HandlerContext, audience: Audience) {
  const booking = await loadBookingLifecycleData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  // A request moved before its answer stays tentative in calendars.
  const state = booking.status === "REQUESTED" ? "TENTATIVE" : "CONFIRMED";
  await ctx.email.send({
    to: audience === "customer" ? booking.customer.email : booking.provider.user.email,
    template: `booking-rescheduled-${audience}`,
    dedupeKey: dedupeKey(event, booking, audience),
    ...bookingRescheduledEmail(booking, audience, previousOf(event)),
    attachments: [bookingIcsAttachment(booking, state, audience, { sequence: bookingEventSequence(state, booking.reschedules) })],
  });
}

async function notifyParty(event: Rescheduled, ctx: HandlerContext, audience: Audience) {
  const booking = await loadBookingLifecycleData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  const userId = audience === "customer" ? booking.customer.id : booking.provider.user.id;
  if (event.payload.actorId === userId) return;
  await createNotification({
    userId,
    type: "booking.rescheduled",
    dedupeKey: dedupeKey(event, booking, audience),
    ...bookingRescheduledNotification(booking, audience, previousOf(event)),
  });
}

export const emailCustomerOnBookingRescheduled: Handler<"booking.rescheduled"> = (event, ctx) => emailParty(event, ctx, "customer");
export const emailProviderOnBookingRescheduled: Handler<"booking.rescheduled"> = (event, ctx) => emailParty(event, ctx, "provider");
export const notifyCustomerOnBookingRescheduled: Handler<"booking.rescheduled"> = (event, ctx) => notifyParty(event, ctx, "customer");
export const notifyProviderOnBookingRescheduled: Handler<"booking.rescheduled"> = (event, ctx) => notifyParty(event, ctx, "provider");
