import { createEvent, type EventAttributes, type EventStatus } from "ics";
import type { EmailAttachment } from "../../adapters/email";
import { env } from "../../core/env";
import { bookingEventUid } from "../../calendar/event-identity";
import type { BookingEmailData } from "../booking-email-data";
import { bookingLocation } from "./booking-details";
import { absoluteUrl, bookingPath, type Audience } from "./links";

export interface BookingIcsOptions {
  /** Defaults to 0 for a tentative request and 1 otherwise; pass bookingEventSequence(…) once a booking can be revised. */
  sequence?: number;
  /**
   * CANCEL makes calendars remove the event with this UID (RFC 5546 requires an ORGANIZER and an
   * ATTENDEE then, so both are added). Defaults to the library's PUBLISH.
   */
  method?: "PUBLISH" | "CANCEL";
}

/**
 * A calendar file for a booking, in UTC. The UID is stable per booking and SEQUENCE grows with its
 * state, so a calendar that imported the tentative request updates it on confirmation or decline.
 */
export function bookingIcsAttachment(booking: BookingEmailData, status: EventStatus, audience: Audience, options: BookingIcsOptions = {}): EmailAttachment {
  const title =
    audience === "customer" ? `${booking.serviceName} with ${booking.provider.businessName}` : `${booking.serviceName} for ${booking.customer.name}`;
  const cancel = options.method === "CANCEL";
  const { error, value } = createEvent({
    uid: bookingEventUid(booking.id),
    sequence: options.sequence ?? (status === "TENTATIVE" ? 0 : 1),
    productId: "hearth/bookings",
    ...(cancel ? { method: "CANCEL", ...cancelParticipants(booking, audience) } : {}),
    title,
    status,
    start: booking.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: booking.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    location: bookingLocation(booking) || undefined,
    url: absoluteUrl(bookingPath(booking.id, audience)),
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar file");
  return { filename: "booking.ics", type: "text/calendar", content: Buffer.from(value, "utf8").toString("base64") };
}

function cancelParticipants(booking: BookingEmailData, audience: Audience): Pick<EventAttributes, "organizer" | "attendees"> {
  const reader = audience === "customer" ? booking.customer : booking.provider.user;
  return {
    organizer: { name: "Hearth", email: senderAddress() },
    attendees: [{ name: reader.name, email: reader.email, rsvp: false }],
  };
}

/** The bare address of EMAIL_FROM ("Hearth <no-reply@…>" → "no-reply@…"). */
function senderAddress(): string {
  return /<([^>]+)>/.exec(env.EMAIL_FROM)?.[1] ?? env.EMAIL_FROM;
}
