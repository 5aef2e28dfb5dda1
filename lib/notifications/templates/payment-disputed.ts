import type { BookingEmailData } from "../booking-email-data";
import { bookingDetails } from "./booking-details";
import type { NotificationContent } from "./booking-notifications";
import { composeEmail, type RenderedEmail } from "./compose";
import { formatMoney } from "./format";
import { absoluteUrl, bookingPath } from "./links";

// The provider hears about a card dispute once: the booking will not complete by itself, and
// the money for it may be taken back by the customer's bank.

export function paymentDisputedEmail(booking: BookingEmailData): RenderedEmail {
  return composeEmail({
    subject: `Payment disputed: ${booking.serviceName} for ${booking.customer.name}`,
    heading: "A customer's bank is disputing a payment",
    paragraphs: [
      `${booking.customer.name}'s bank opened a dispute on the payment of ${formatMoney(booking.priceAmount, booking.currency)} for ${booking.serviceName}.`,
      "The booking won't be completed automatically while the dispute is open. We'll review it and may ask you for details of the work.",
    ],
    details: bookingDetails(booking, "provider"),
    action: { label: "View your bookings", url: absoluteUrl(bookingPath(booking.id, "provider")) },
  });
}

export function paymentDisputedNotification(booking: BookingEmailData): NotificationContent {
  return {
    title: "Payment disputed",
    body: `${booking.customer.name}'s bank disputed the payment for ${booking.serviceName}. The booking won't complete automatically while we review it.`,
    link: bookingPath(booking.id, "provider"),
  };
}
