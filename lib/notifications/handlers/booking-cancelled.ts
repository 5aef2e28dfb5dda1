import { bookingEventSequence } from "../../calendar/event-identity";
import { loadBookingLifecycleData, type BookingLifecycleData } from "../booking-lifecycle-data";
import { createNotification } from "../create-notification";
import { bookingCancelledAdminEmail, bookingCancelledEmail, type CancellationFacts } from "../templates/booking-cancelled";
import { bookingIcsAttachment } from "../templates/booking-ics";
import { bookingCancelledNotification } from "../templates/lifecycle-notifications";
import type { Audience } from "../templates/links";
import type { Handler, HandlerContext } from "../../events/handler";
import type { StoredEvent } from "../../events/types";

// Every party gets one email (a confirmation if they cancelled, a notice otherwise); only the parties
// who did not cancel get an in-app notification. Keys carry the event id: a cancellation is a fact
// of its own, never merged with an earlier one.

type Cancelled = StoredEvent<"booking.cancelled">;

const dedupeKey = (event: Cancelled, recipient: Audience | "admin") => `booking.cancelled:${event.payload.data.bookingId}:${recipient}:${event.id}`;

function factsOf(event: Cancelled, booking: BookingLifecycleData): CancellationFacts {
  const { cancelledBy, refundAmount } = event.payload.data;
  return { cancelledBy, refundAmount: refundAmount ?? booking.refundAmount ?? 0, reason: booking.cancelReason };
}

async function emailParty(event: Cancelled, ctx: HandlerContext, audience: Audience) {
  const booking = await loadBookingLifecycleData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  const to = audience === "customer" ? booking.customer.email : booking.provider.user.email;
  await ctx.email.send({
    to,
    template: `booking-cancelled-${audience}`,
    dedupeKey: dedupeKey(event, audience),
    ...bookingCancelledEmail(booking, audience, factsOf(event, booking)),
    attachments: [
      bookingIcsAttachment(booking, "CANCELLED", audience, { method: "CANCEL", sequence: bookingEventSequence("CANCELLED", booking.reschedules) }),
    ],
  });
}

async function notifyParty(event: Cancelled, ctx: HandlerContext, audience: Audience) {
  const canceller = audience === "customer" ? "CUSTOMER" : "PROVIDER";
  if (event.payload.data.cancelledBy === canceller) return;
  const booking = await loadBookingLifecycleData(ctx.db, event.payload.data.bookingId);
  if (!booking) return;
  await createNotification({
    userId: audience === "customer" ? booking.customer.id : booking.provider.user.id,
    type: "booking.cancelled",
    dedupeKey: dedupeKey(event, audience),
    ...bookingCancelledNotification(booking, audience, factsOf(event, booking)),
  });
}

export const emailCustomerOnBookingCancelled: Handler<"booking.cancelled"> = (event, ctx) => emailParty(event, ctx, "customer");
export const emailProviderOnBookingCancelled: Handler<"booking.cancelled"> = (event, ctx) => emailParty(event, ctx, "provider");
export const notifyCustomerOnBookingCancelled: Handler<"booking.cancelled"> = (event, ctx) => notifyParty(event, ctx, "customer");
export const notifyProviderOnBookingCancelled: Handler<"booking.cancelled"> = (event, ctx) => notifyParty(event, ctx, "provider");

/** The admin who cancelled on someone's behalf gets a record of it; no calendar file, it was never theirs. */
export const emailAdminOnBookingCancelled: Handler<"booking.cancelled"> = async (event, ctx) => {
  const { actorId } = event.payload;
  if (event.payload.data.cancelledBy !== "ADMIN" || !actorId) return;
  const [booking, admin] = await Promise.all([
    loadBookingLifecycleData(ctx.db, event.payload.data.bookingId),
    ctx.db.user.findUnique({ where: { id: actorId }, select: { email: true } }),
  ]);
  if (!booking || !admin) return;
  await ctx.email.send({
    to: admin.email,
    template: "booking-cancelled-admin",
    dedupeKey: dedupeKey(event, "admin"),
    ...bookingCancelledAdminEmail(booking, factsOf(event, booking)),
  });
};
