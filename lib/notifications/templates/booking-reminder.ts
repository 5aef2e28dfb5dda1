import type { BookingEmailData } from "../booking-email-data";
import { bookingDetails } from "./booking-details";
import { composeEmail, type RenderedEmail } from "./compose";
import { absoluteUrl, bookingPath, type Audience } from "./links";

/** The day-before reminder, to either party; "coming up" rather than "tomorrow", since a late run may send it later. */
export function bookingReminderEmail(booking: BookingEmailData, audience: Audience): RenderedEmail {
  const customerSide = audience === "customer";
  return composeEmail({
    subject: customerSide
      ? `Reminder: ${booking.serviceName} with ${booking.provider.businessName}`
      : `Reminder: ${booking.serviceName} for ${booking.customer.name}`,
    heading: "Your booking is coming up",
    paragraphs: [
      customerSide
        ? `Hi ${booking.customer.name}, a reminder that ${booking.provider.businessName} is booked for ${booking.serviceName}.`
        : `A reminder that ${booking.customer.name} booked ${booking.serviceName}.`,
      "The attached calendar file keeps your calendar up to date.",
    ],
    details: bookingDetails(booking, audience),
    action: { label: "View the booking", url: absoluteUrl(bookingPath(booking.id, audience)) },
  });
}
