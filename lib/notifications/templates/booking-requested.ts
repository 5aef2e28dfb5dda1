import type { BookingEmailData } from "../booking-email-data";
import { bookingDetails } from "./booking-details";
import { composeEmail, type RenderedEmail } from "./compose";
import { absoluteUrl, bookingPath } from "./links";

export function bookingRequestedProviderEmail(booking: BookingEmailData): RenderedEmail {
  return composeEmail({
    subject: `New booking request: ${booking.serviceName}`,
    heading: "New booking request",
    paragraphs: [`${booking.customer.name} would like to book ${booking.serviceName}. Confirm or decline it before it expires.`],
    details: bookingDetails(booking, "provider"),
    action: { label: "Review the request", url: absoluteUrl(bookingPath(booking.id, "provider")) },
  });
}

export function bookingRequestedCustomerEmail(booking: BookingEmailData): RenderedEmail {
  return composeEmail({
    subject: `Request sent: ${booking.serviceName} with ${booking.provider.businessName}`,
    heading: "Request sent",
    paragraphs: [
      `Hi ${booking.customer.name}, we sent your request to ${booking.provider.businessName}.`,
      "We'll email you as soon as they confirm or decline it.",
    ],
    details: bookingDetails(booking, "customer"),
    action: { label: "View your booking", url: absoluteUrl(bookingPath(booking.id, "customer")) },
  });
}
