import type { BookingEmailData } from "../booking-email-data";
import { formatMoney, formatTimeRange } from "./format";
import type { Audience } from "./links";

/** Who acted on a booking, as the stored event or the Booking row names it. */
export type BookingParty = "CUSTOMER" | "PROVIDER" | "ADMIN";

/** The reader's zone, then the other party's when it differs: the same order as bookingDetails. */
export function zonedTimeRows(label: string, startsAt: Date, endsAt: Date, booking: BookingEmailData, audience: Audience): [string, string][] {
  const customerZone = booking.customer.timeZone;
  const providerZone = booking.timeZone;
  const [ownZone, otherZone, otherLabel] =
    audience === "customer" ? [customerZone, providerZone, "provider's time"] : [providerZone, customerZone, "customer's time"];
  const rows: [string, string][] = [[`${label} (your time)`, formatTimeRange(startsAt, endsAt, ownZone)]];
  if (otherZone !== ownZone) rows.push([`${label} (${otherLabel})`, formatTimeRange(startsAt, endsAt, otherZone)]);
  return rows;
}

/** The reader's own zone: the customer's, or the booking's (which is the provider's). */
export function readerZone(booking: BookingEmailData, audience: Audience): string {
  return audience === "customer" ? booking.customer.timeZone : booking.timeZone;
}

export function partyName(booking: BookingEmailData, party: BookingParty): string {
  if (party === "CUSTOMER") return booking.customer.name;
  if (party === "PROVIDER") return booking.provider.businessName;
  return "Hearth support";
}

/** "£42.50", or words for nothing, so a zero refund never reads like a typo. */
export function refundText(amountMinor: number, currency: string): string {
  return amountMinor > 0 ? formatMoney(amountMinor, currency) : `None (${formatMoney(0, currency)})`;
}
