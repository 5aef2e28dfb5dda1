import type { BookingEmailData } from "../booking-email-data";
import { formatTimeRange } from "./format";
import { bookingPath } from "./links";

/** In-app notification texts; plain strings (React escapes them when rendering). */
export interface NotificationContent {
  title: string;
  body: string;
  link: string;
}

export function bookingRequestedNotification(booking: BookingEmailData): NotificationContent {
  return {
    title: "New booking request",
    body: `${booking.customer.name} requested ${booking.serviceName} on ${formatTimeRange(booking.startsAt, booking.endsAt, booking.timeZone)}.`,
    link: bookingPath(booking.id, "provider"),
  };
}

export function bookingConfirmedNotification(booking: BookingEmailData): NotificationContent {
  return {
    title: "Booking confirmed",
    body: `${booking.provider.businessName} confirmed ${booking.serviceName} on ${formatTimeRange(booking.startsAt, booking.endsAt, booking.customer.timeZone)}.`,
    link: bookingPath(booking.id, "customer"),
  };
}

export function bookingDeclinedNotification(booking: BookingEmailData): NotificationContent {
  return {
    title: "Booking declined",
    body: `${booking.provider.businessName} declined your request for ${booking.serviceName}.`,
    link: bookingPath(booking.id, "customer"),
  };
}
