import type { BookingEmailData } from "../booking-email-data";
import { bookingDetails } from "./booking-details";
import { composeEmail, type RenderedEmail } from "./compose";
import { absoluteUrl, bookingPath } from "./links";

/** Thanks, and the review invitation: the booking page is where a customer leaves one. */
export function bookingCompletedEmail(booking: BookingEmailData): RenderedEmail {
  return composeEmail({
    subject: `How was ${booking.serviceName} with ${booking.provider.businessName}?`,
    heading: "Thanks for booking with Hearth",
    paragraphs: [
      `Hi ${booking.customer.name}, ${booking.provider.businessName} marked ${booking.serviceName} as done.`,
      "A short review helps them and helps your neighbours choose. It takes a minute.",
    ],
    details: bookingDetails(booking, "customer"),
    action: { label: "Leave a review", url: absoluteUrl(bookingPath(booking.id, "customer")) },
  });
}
