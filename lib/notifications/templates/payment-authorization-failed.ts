import { DateTime } from "luxon";
import type { BookingEmailData } from "../booking-email-data";
import { bookingDetails } from "./booking-details";
import type { NotificationContent } from "./booking-notifications";
import { composeEmail, type RenderedEmail } from "./compose";
import { formatMoney } from "./format";
import { readerZone } from "./lifecycle-details";
import { absoluteUrl, bookingPath, type Audience } from "./links";

// A far-off booking's saved card could not be authorized 48 h before the start. Both parties hear
// of it once: the customer can still fix it (an authentication step) until the deadline; after it
// the booking is cancelled automatically and nothing is charged.

export interface AuthorizationFailureFacts {
  graceEndsAt: Date;
  /** The bank wants the customer to confirm (3-D Secure) rather than a plain decline. */
  needsAuthentication: boolean;
  reason: string | null;
}

function deadline(facts: AuthorizationFailureFacts, booking: BookingEmailData, audience: Audience): string {
  return DateTime.fromJSDate(facts.graceEndsAt, { zone: readerZone(booking, audience) }).toFormat("ccc, LLL d, h:mm a ZZZZ");
}

export function paymentAuthorizationFailedEmail(booking: BookingEmailData, audience: Audience, facts: AuthorizationFailureFacts): RenderedEmail {
  const price = formatMoney(booking.priceAmount, booking.currency);
  const by = deadline(facts, booking, audience);
  const paragraphs =
    audience === "customer"
      ? [
          `Hi ${booking.customer.name}, we tried to authorize ${price} on your saved card for ${booking.serviceName} with ${booking.provider.businessName}, and it didn't go through${facts.reason ? ` (${facts.reason})` : ""}.`,
          facts.needsAuthentication
            ? `Your bank wants you to confirm this payment. Open the booking and complete the authentication by ${by}, or the booking will be cancelled automatically.`
            : `If nothing changes by ${by}, the booking will be cancelled automatically.`,
          "You have not been charged.",
        ]
      : [
          `${booking.customer.name}'s card could not be authorized for ${booking.serviceName}.`,
          `They have until ${by} to fix it; otherwise the booking is cancelled automatically and the time is freed in your calendar.`,
        ];
  return composeEmail({
    subject: audience === "customer" ? `Action needed: payment for ${booking.serviceName}` : `Payment problem: ${booking.serviceName} for ${booking.customer.name}`,
    heading: audience === "customer" ? "Your card couldn't be charged" : "A customer's card couldn't be charged",
    paragraphs,
    details: bookingDetails(booking, audience),
    action: { label: audience === "customer" ? "Open the booking" : "View your bookings", url: absoluteUrl(bookingPath(booking.id, audience)) },
  });
}

export function paymentAuthorizationFailedNotification(booking: BookingEmailData, audience: Audience, facts: AuthorizationFailureFacts): NotificationContent {
  const by = deadline(facts, booking, audience);
  return audience === "customer"
    ? {
        title: "Payment needs your attention",
        body: `Your card couldn't be charged for ${booking.serviceName}. ${facts.needsAuthentication ? "Confirm the payment" : "Fix it"} by ${by} or the booking is cancelled.`,
        link: bookingPath(booking.id, "customer"),
      }
    : {
        title: "Customer's payment failed",
        body: `${booking.customer.name}'s card couldn't be charged for ${booking.serviceName}. Unless fixed by ${by}, the booking is cancelled automatically.`,
        link: bookingPath(booking.id, "provider"),
      };
}
