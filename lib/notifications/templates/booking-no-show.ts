import type { BookingEmailData } from "../booking-email-data";
import { bookingDetails } from "./booking-details";
import { composeEmail, type RenderedEmail } from "./compose";
import { absoluteUrl, bookingPath } from "./links";

export function bookingNoShowEmail(booking: BookingEmailData): RenderedEmail {
  return composeEmail({
    subject: `Missed booking: ${booking.serviceName} with ${booking.provider.businessName}`,
    heading: "Your booking was marked as a no-show",
    paragraphs: [
      `Hi ${booking.customer.name}, ${booking.provider.businessName} reported that they couldn't carry out ${booking.serviceName} because you weren't there.`,
      "If that's not what happened, open the booking and let us know.",
    ],
    details: bookingDetails(booking, "customer"),
    action: { label: "View the booking", url: absoluteUrl(bookingPath(booking.id, "customer")) },
  });
}
