import type { BookingEmailData } from "../booking-email-data";
import type { NotificationContent } from "./booking-notifications";
import { formatTimeRange } from "./format";
import { partyName, readerZone, refundText, type BookingParty } from "./lifecycle-details";
import { bookingPath, type Audience } from "./links";

// In-app texts for the booking lifecycle after the first answer; plain strings, like booking-notifications.ts.

const when = (booking: BookingEmailData, audience: Audience) =>
  formatTimeRange(booking.startsAt, booking.endsAt, readerZone(booking, audience));

export function bookingExpiredNotification(booking: BookingEmailData, audience: Audience): NotificationContent {
  return audience === "customer"
    ? {
        title: "Request expired",
        body: `Your request expired — ${booking.provider.businessName} didn't answer in time (${booking.serviceName}, ${when(booking, audience)}).`,
        link: bookingPath(booking.id, "customer"),
      }
    : {
        title: "Request expired",
        body: `${booking.customer.name}'s request for ${booking.serviceName} on ${when(booking, audience)} expired before you answered.`,
        link: bookingPath(booking.id, "provider"),
      };
}

export function bookingCancelledNotification(
  booking: BookingEmailData,
  audience: Audience,
  facts: { cancelledBy: BookingParty; refundAmount: number },
): NotificationContent {
  const refund = refundText(facts.refundAmount, booking.currency);
  const what = audience === "customer" || facts.cancelledBy === "CUSTOMER" ? booking.serviceName : `${booking.serviceName} for ${booking.customer.name}`;
  return {
    title: "Booking cancelled",
    body: `${partyName(booking, facts.cancelledBy)} cancelled ${what} on ${when(booking, audience)}. Refund: ${refund}.`,
    link: bookingPath(booking.id, audience),
  };
}

export function bookingRescheduledNotification(
  booking: BookingEmailData,
  audience: Audience,
  previous: { startsAt: Date; endsAt: Date },
): NotificationContent {
  const zone = readerZone(booking, audience);
  return {
    title: "Booking rescheduled",
    body: `${booking.serviceName} moved from ${formatTimeRange(previous.startsAt, previous.endsAt, zone)} to ${when(booking, audience)}.`,
    link: bookingPath(booking.id, audience),
  };
}

export function bookingCompletedNotification(booking: BookingEmailData, audience: Audience): NotificationContent {
  return audience === "customer"
    ? {
        title: "How did it go?",
        body: `${booking.provider.businessName} marked ${booking.serviceName} as done. Leave a review to help others choose.`,
        link: bookingPath(booking.id, "customer"),
      }
    : {
        title: "Booking completed",
        body: `${booking.serviceName} for ${booking.customer.name} on ${when(booking, audience)} is marked as done.`,
        link: bookingPath(booking.id, "provider"),
      };
}

export function bookingNoShowNotification(booking: BookingEmailData): NotificationContent {
  return {
    title: "Marked as a no-show",
    body: `${booking.provider.businessName} reported you weren't there for ${booking.serviceName} on ${when(booking, "customer")}.`,
    link: bookingPath(booking.id, "customer"),
  };
}
