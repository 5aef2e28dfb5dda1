import type { BookingEmailData } from "../booking-email-data";
import { bookingDetails } from "./booking-details";
import { composeEmail, type RenderedEmail } from "./compose";
import { absoluteUrl } from "./links";

export function bookingDeclinedEmail(booking: BookingEmailData): RenderedEmail {
  return composeEmail({
    subject: `Declined: ${booking.serviceName} with ${booking.provider.businessName}`,
    heading: "Your request was declined",
    paragraphs: [
      `Hi ${booking.customer.name}, ${booking.provider.businessName} can't take this booking. You have not been charged.`,
      "Other providers nearby may have time for you.",
    ],
    details: bookingDetails(booking, "customer"),
    action: { label: "Find another provider", url: absoluteUrl("/providers") },
  });
}
