import type { BookingEmailData } from "../booking-email-data";
import { bookingDetails } from "./booking-details";
import { composeEmail, type RenderedEmail } from "./compose";
import { formatTimeRange } from "./format";
import { readerZone, zonedTimeRows } from "./lifecycle-details";
import { absoluteUrl, bookingPath, type Audience } from "./links";

export interface PreviousTimes {
  startsAt: Date;
  endsAt: Date;
}

/** To either party: the new time first (bookingDetails), then the old one, both in both zones. */
export function bookingRescheduledEmail(booking: BookingEmailData, audience: Audience, previous: PreviousTimes): RenderedEmail {
  const zone = readerZone(booking, audience);
  const customerSide = audience === "customer";
  return composeEmail({
    subject: customerSide
      ? `Rescheduled: ${booking.serviceName} with ${booking.provider.businessName}`
      : `Rescheduled: ${booking.serviceName} for ${booking.customer.name}`,
    heading: "Your booking has a new time",
    paragraphs: [
      `${booking.serviceName} moved from ${formatTimeRange(previous.startsAt, previous.endsAt, zone)} to ${formatTimeRange(booking.startsAt, booking.endsAt, zone)}.`,
      "The attached calendar file updates the event in your calendar.",
    ],
    details: [...bookingDetails(booking, audience), ...zonedTimeRows("Previously", previous.startsAt, previous.endsAt, booking, audience)],
    action: { label: "View the booking", url: absoluteUrl(bookingPath(booking.id, audience)) },
  });
}
