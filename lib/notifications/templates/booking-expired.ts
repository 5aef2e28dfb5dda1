import type { BookingEmailData } from "../booking-email-data";
import { bookingDetails } from "./booking-details";
import { composeEmail, type RenderedEmail } from "./compose";
import { absoluteUrl, bookingPath } from "./links";

export function bookingExpiredEmail(booking: BookingEmailData): RenderedEmail {
  return composeEmail({
    subject: `Request expired: ${booking.serviceName} with ${booking.provider.businessName}`,
    heading: "Your request expired — the provider didn't answer in time",
    paragraphs: [
      `Hi ${booking.customer.name}, ${booking.provider.businessName} didn't answer your request in time, so it has expired and the time is free again.`,
      "The attached calendar file removes it from your calendar. Other providers nearby may have time for you.",
    ],
    details: bookingDetails(booking, "customer"),
    action: { label: "View your booking", url: absoluteUrl(bookingPath(booking.id, "customer")) },
  });
}
