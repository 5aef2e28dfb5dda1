import { bookingEventSequence } from "../../calendar/event-identity";
import { loadBookingLifecycleData } from "../booking-lifecycle-data";
import { bookingIcsAttachment } from "../templates/booking-ics";
import { bookingReminderEmail } from "../templates/booking-reminder";
import type { Audience } from "../templates/links";
import type { Handler, HandlerContext } from "../../events/handler";
import type { StoredEvent } from "../../events/types";

/**
 * One reminder per booking, recipient and start time: a retry or a second scheduler run sends
 * nothing, while a booking moved after its reminder may be reminded of the new time. A booking
 * cancelled (or already started) by the time this runs gets no reminder at all.
 */
async function remind(event: StoredEvent<"booking.reminder_due">, ctx: HandlerContext, audience: Audience) {
  const booking = await loadBookingLifecycleData(ctx.db, event.payload.data.bookingId);
  if (!booking || booking.status !== "CONFIRMED" || booking.startsAt.getTime() <= Date.now()) return;
  await ctx.email.send({
    to: audience === "customer" ? booking.customer.email : booking.provider.user.email,
    template: `booking-reminder-${audience}`,
    dedupeKey: `booking.reminder_due:${booking.id}:${audience}:${booking.startsAt.toISOString()}`,
    ...bookingReminderEmail(booking, audience),
    attachments: [bookingIcsAttachment(booking, "CONFIRMED", audience, { sequence: bookingEventSequence("CONFIRMED", booking.reschedules) })],
  });
}

export const emailCustomerOnReminderDue: Handler<"booking.reminder_due"> = (event, ctx) => remind(event, ctx, "customer");
export const emailProviderOnReminderDue: Handler<"booking.reminder_due"> = (event, ctx) => remind(event, ctx, "provider");
