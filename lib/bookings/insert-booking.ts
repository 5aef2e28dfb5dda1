import type { Tx } from "../core/db";
import { AppError } from "../core/errors";
import { recordEvent } from "../events/record-event";
import { computeSlots } from "../availability/compute-slots";
import { loadSlotInputs } from "../availability/load-slot-inputs";
import { cancellationPolicies } from "./cancellation-policy";
import { reschedulePolicyOf } from "./reschedule-policy";
import { bookingInterval } from "./booking-interval";
import { bookingSelect } from "./dto";
import { slotTaken } from "./slot-taken";
import { lockProviderCalendar } from "./lock-provider-calendar";
import { linkClaimedHolds, takeHeldTime } from "./slot-holds";

const HOUR = 3_600_000;

export interface BookingRequest {
  serviceId: string;
  /** Epoch milliseconds. */
  start: number;
  notes: string;
  address: string;
}

/**
 * Writes the booking row in the caller's transaction, once its payment is secured. The slot is
 * re-checked here, with the provider's calendar locked, against the same rules the customer saw;
 * the exclusion constraint on Booking settles races the check cannot see (the caller maps its
 * violation to SLOT_TAKEN).
 */
export async function insertBooking(tx: Tx, { customerId, request, price, now }: {
  customerId: string;
  request: BookingRequest;
  /** What the customer's payment secured: the booking is written only at exactly this price. */
  price: { amount: number; currency: string };
  now: Date;
}) {
  const { start } = request;
  const owner = await tx.service.findUnique({ where: { id: request.serviceId }, select: { providerId: true } });
  if (owner) await lockProviderCalendar(tx, owner.providerId);
  const { service, rules, busy } = await loadSlotInputs(tx, request.serviceId, start - 24 * HOUR, start + 24 * HOUR, undefined, {
    now: now.getTime(),
    holderId: customerId,
  });
  if (service.priceAmount !== price.amount || service.currency !== price.currency) {
    throw new AppError("CONFLICT", "The price of this service changed while you were paying. Nothing was charged; please book again.", {
      reason: "PRICE_CHANGED",
    });
  }
  const free = computeSlots(rules, busy, now.getTime(), start, start + 1).some((slot) => slot.start === start);
  if (!free) throw await slotTaken(tx, request.serviceId, start, now);

  const instant = service.bookingMode === "INSTANT";
  const interval = bookingInterval(service, new Date(start));
  // Waitlist holds over this time: lapsed ones stop blocking, the customer's own is consumed (docs/waitlist.md).
  const claimed = await takeHeldTime(tx, { customerId, providerId: service.providerId, interval, now });
  const created = await tx.booking.create({
    data: {
      customerId,
      providerId: service.providerId,
      serviceId: service.id,
      status: instant ? "CONFIRMED" : "REQUESTED",
      ...interval,
      serviceName: service.name,
      priceAmount: service.priceAmount,
      currency: service.currency,
      timeZone: service.provider.timeZone,
      policySnapshot: {
        ...cancellationPolicies[service.cancellationPolicy],
        // Only a service with a deposit adds the key, so a snapshot without one reads exactly as the tier.
        ...(service.depositAmount ? { depositAmount: service.depositAmount } : {}),
        reschedule: { ...reschedulePolicyOf(service) },
      },
      addressLine: request.address,
      notes: request.notes,
      confirmedAt: instant ? now : null,
      // An unanswered request lapses after the service's window, and never after it would have started.
      expiresAt: instant ? null : new Date(Math.min(now.getTime() + service.requestExpiryHours * HOUR, start)),
    },
    select: bookingSelect,
  });
  await recordEvent(tx, {
    type: instant ? "booking.confirmed" : "booking.requested",
    actorId: customerId,
    entity: { type: "Booking", id: created.id },
    data: { bookingId: created.id },
  });
  await linkClaimedHolds(tx, { holdIds: claimed, bookingId: created.id, customerId });
  return created;
}
