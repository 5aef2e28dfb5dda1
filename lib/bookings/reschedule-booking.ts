import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { retryOnWriteConflict } from "../core/db/retry-on-write-conflict";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { computeSlots } from "../availability/compute-slots";
import { assertAuthorizationCovers } from "../payments/assert-authorization-covers";
import { loadSlotInputs } from "../availability/load-slot-inputs";
import { bookingInterval } from "./booking-interval";
import { bookingSelect, toBookingDto } from "./dto";
import { lockBooking } from "./lock-booking";
import { bookingRole } from "./policies";
import { parseRescheduleSnapshot, rescheduleFeeFor } from "./reschedule-policy";
import { RescheduleBookingInput } from "./schemas";
import { openStatuses } from "./state-machine";
import { isOverlapViolation, slotTaken } from "./slot-taken";

const DAY = 24 * 3_600_000;

/**
 * Moves a booking to another free start. The row is updated in place, so freeing the old
 * interval and holding the new one is one statement under the exclusion constraint: there is no
 * moment where both or neither are held.
 */
export async function rescheduleBooking({ actor, now = new Date(), ...input }: RescheduleBookingInput & { actor: Actor; now?: Date }) {
  const { bookingId, start: startIso } = parseInput(RescheduleBookingInput, input);
  const start = Date.parse(startIso);
  let serviceId: string | undefined;
  try {
    const booking = await retryOnWriteConflict(() => transactional(async (tx) => {
      const current = await lockBooking(tx, bookingId);
      serviceId = current.serviceId;
      const role = bookingRole(actor, current);
      if (!openStatuses.includes(current.status)) {
        throw new AppError("INVALID_STATE", `A ${current.status.toLowerCase()} booking cannot be rescheduled`, { currentStatus: current.status });
      }
      // The policy the customer accepted binds the customer; the provider (or support) may always move a booking.
      const feeAmount =
        role === "CUSTOMER"
          ? rescheduleFeeFor({ policy: parseRescheduleSnapshot(current.policySnapshot), priceAmount: current.priceAmount, startsAt: current.startsAt, at: now })
          : 0;
      const { service, rules, busy } = await loadSlotInputs(tx, current.serviceId, start - DAY, start + DAY, bookingId);
      const durationMin = Math.round((current.endsAt.getTime() - current.startsAt.getTime()) / 60_000);
      const free = computeSlots({ ...rules, durationMin }, busy, now.getTime(), start, start + 1).some((s) => s.start === start);
      if (!free) throw await slotTaken(tx, current.serviceId, start, now);
      const interval = bookingInterval({ ...service, durationMin }, new Date(start));
      await assertAuthorizationCovers(tx, { bookingId, end: interval.endsAt });

      await tx.booking.update({
        where: { id: bookingId },
        // A new time deserves a new reminder.
        // The fee is recorded, not charged: the payment still covers the price (docs/booking.md).
        data: { ...interval, reminderSentAt: null, ...(feeAmount ? { rescheduleFeeAmount: { increment: feeAmount } } : {}) },
      });
      await recordEvent(tx, {
        type: "booking.rescheduled",
        actorId: actor.userId,
        entity: { type: "Booking", id: bookingId },
        data: { bookingId, previousStart: current.startsAt.toISOString(), previousEnd: current.endsAt.toISOString(), feeAmount },
      });
      return tx.booking.findUniqueOrThrow({ where: { id: bookingId }, select: bookingSelect });
    }));
    return toBookingDto(booking);
  } catch (error) {
    if (serviceId && isOverlapViolation(error)) throw await slotTaken(undefined, serviceId, start, now);
    throw error;
  }
}
