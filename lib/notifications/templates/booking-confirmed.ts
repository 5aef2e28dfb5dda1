import type { BookingEmailData } from "../booking-email-data";
import { bookingDetails } from "./booking-details";
import { composeEmail, type RenderedEmail } from "./compose";
import { absoluteUrl, bookingPath } from "./links";

export function bookingConfirmedEmail(booking: BookingEmailData): RenderedEmail {
  return composeEmail({
    subject: `Confirmed: ${booking.serviceName} with ${booking.provider.businessName}`,
    heading: "Your booking is confirmed",
    paragraphs: [
      `Hi ${booking.customer.name}, ${booking.provider.businessName} confirmed your booking.`,
      "The attached calendar file adds it to your calendar.",
    ],
    details: bookingDetails(booking, "customer"),
    action: { label: "View your booking", url: absoluteUrl(bookingPath(booking.id, "customer")) },
  });
}
