import type { BookingEmailData } from "../booking-email-data";
import { formatMoney, formatTimeRange } from "./format";
import type { Audience } from "./links";

/**
 * The facts block of every booking email. Times appear in the reader's zone first and in the other
 * party's zone when it differs (the booking's zone is the provider's), so nobody converts by hand.
 */
export function bookingDetails(booking: BookingEmailData, audience: Audience): [string, string][] {
  const customerZone = booking.customer.timeZone;
  const providerZone = booking.timeZone;
  const [ownZone, otherZone, otherLabel] =
    audience === "customer" ? [customerZone, providerZone, "provider's time"] : [providerZone, customerZone, "customer's time"];
  const rows: [string, string][] = [
    ["Service", booking.serviceName],
    audience === "customer" ? ["Provider", booking.provider.businessName] : ["Customer", booking.customer.name],
    ["When (your time)", formatTimeRange(booking.startsAt, booking.endsAt, ownZone)],
  ];
  if (otherZone !== ownZone) rows.push([`When (${otherLabel})`, formatTimeRange(booking.startsAt, booking.endsAt, otherZone)]);
  rows.push(["Price", formatMoney(booking.priceAmount, booking.currency)]);
  const where = bookingLocation(booking);
  if (where) rows.push(["Where", where]);
  if (audience === "provider" && booking.notes) rows.push(["Notes", booking.notes]);
  return rows;
}

export function bookingLocation(booking: BookingEmailData): string {
  return booking.addressLine || booking.provider.city;
}
