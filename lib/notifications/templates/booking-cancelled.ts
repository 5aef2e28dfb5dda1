import type { BookingEmailData } from "../booking-email-data";
import { bookingDetails } from "./booking-details";
import { composeEmail, type RenderedEmail } from "./compose";
import { formatTimeRange } from "./format";
import { partyName, refundText, type BookingParty } from "./lifecycle-details";
import { absoluteUrl, bookingPath, type Audience } from "./links";

export interface CancellationFacts {
  cancelledBy: BookingParty;
  /** Minor units of the booking's currency, as the cancel use case decided it. */
  refundAmount: number;
  reason: string | null;
}

/**
 * To a party of the booking: a confirmation when they cancelled it themselves, a notice when the
 * other side (or support) did. Both carry the refund, since the customer's money is the first question.
 */
export function bookingCancelledEmail(booking: BookingEmailData, audience: Audience, facts: CancellationFacts): RenderedEmail {
  const own = (audience === "customer" && facts.cancelledBy === "CUSTOMER") || (audience === "provider" && facts.cancelledBy === "PROVIDER");
  const refund = refundText(facts.refundAmount, booking.currency);
  const customerSide = audience === "customer";
  const subject = customerSide
    ? `Cancelled: ${booking.serviceName} with ${booking.provider.businessName}`
    : `Cancelled: ${booking.serviceName} for ${booking.customer.name}`;
  const opening = own
    ? `You cancelled ${booking.serviceName}${customerSide ? ` with ${booking.provider.businessName}` : ` for ${booking.customer.name}`}. ` +
      `We let ${customerSide ? booking.provider.businessName : booking.customer.name} know.`
    : `${partyName(booking, facts.cancelledBy)} cancelled ${booking.serviceName}${customerSide || facts.cancelledBy === "CUSTOMER" ? "" : ` for ${booking.customer.name}`}.`;
  const money = customerSide
    ? facts.refundAmount > 0 ? `You will be refunded ${refund}.` : "No refund is due under the cancellation policy."
    : facts.refundAmount > 0 ? `The customer is refunded ${refund}.` : "The customer gets no refund under the cancellation policy.";
  return composeEmail({
    subject,
    heading: own ? "Your cancellation is confirmed" : "Your booking was cancelled",
    paragraphs: [opening, money, "The attached calendar file removes it from your calendar."],
    details: [...bookingDetails(booking, audience), ...cancellationRows(facts, refund, booking)],
    action: { label: "View the booking", url: absoluteUrl(bookingPath(booking.id, audience)) },
  });
}

/** To an admin who cancelled on someone's behalf: both parties' times, since they are neither. */
export function bookingCancelledAdminEmail(booking: BookingEmailData, facts: CancellationFacts): RenderedEmail {
  const refund = refundText(facts.refundAmount, booking.currency);
  return composeEmail({
    subject: `You cancelled: ${booking.serviceName} (${booking.provider.businessName} for ${booking.customer.name})`,
    heading: "Cancellation recorded",
    paragraphs: [`You cancelled this booking on behalf of Hearth. We emailed ${booking.customer.name} and ${booking.provider.businessName}.`],
    details: [
      ["Service", booking.serviceName],
      ["Provider", booking.provider.businessName],
      ["Customer", booking.customer.name],
      ["When (provider's time)", formatTimeRange(booking.startsAt, booking.endsAt, booking.timeZone)],
      ["When (customer's time)", formatTimeRange(booking.startsAt, booking.endsAt, booking.customer.timeZone)],
      ...cancellationRows(facts, refund, booking),
    ],
    action: { label: "View the booking", url: absoluteUrl(bookingPath(booking.id, "customer")) },
  });
}

function cancellationRows(facts: CancellationFacts, refund: string, booking: BookingEmailData): [string, string][] {
  const rows: [string, string][] = [["Cancelled by", partyName(booking, facts.cancelledBy)]];
  if (facts.reason) rows.push(["Reason", facts.reason]);
  rows.push(["Refund", refund]);
  return rows;
}
