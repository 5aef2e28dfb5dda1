import type { Actor } from "../core/auth/actor";
import { db, type Tx } from "../core/db";
import { AppError, isAppError } from "../core/errors";
import { logger } from "../core/logger";
import { parseInput } from "../core/validation";
import { retryOnWriteConflict } from "../core/db/retry-on-write-conflict";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { computeSlots } from "../availability/compute-slots";
import { assertAuthorizationCovers } from "../payments/assert-authorization-covers";
import { authorizeRescheduleFee, captureRescheduleFee, linkRescheduleFee, releaseRescheduleFee, type AuthorizedRescheduleFee } from "../payments/reschedule-fee";
import { loadSlotInputs } from "../availability/load-slot-inputs";
import { bookingInterval } from "./booking-interval";
import { bookingSelect, toBookingDto } from "./dto";
import { lockBooking } from "./lock-booking";
import { bookingRole } from "./policies";
import { parseRescheduleSnapshot, rescheduleFeeFor } from "./reschedule-policy";
import { RescheduleBookingInput } from "./schemas";
import { openStatuses } from "./state-machine";
import { isOverlapViolation, slotTaken } from "./slot-taken";
import { lockProviderCalendar } from "./lock-provider-calendar";
import { expireLapsedHolds } from "./slot-holds";

const DAY = 24 * 3_600_000;

type Move = { actor: Actor; bookingId: string; start: number; now: Date };

/**
 * Every rule of a reschedule, on the locked booking: who may move it, to a free start the
 * payment's authorization still covers, and what it costs the customer.
 */
async function planReschedule(tx: Tx, { actor, bookingId, start, now }: Move) {
  const current = await lockBooking(tx, bookingId);
  const role = bookingRole(actor, current);
  if (!openStatuses.includes(current.status)) {
    throw new AppError("INVALID_STATE", `A ${current.status.toLowerCase()} booking cannot be rescheduled`, { currentStatus: current.status });
  }
  // The policy the customer accepted binds the customer; the provider (or support) may always move a booking.
  const feeAmount =
    role === "CUSTOMER"
      ? rescheduleFeeFor({ policy: parseRescheduleSnapshot(current.policySnapshot), priceAmount: current.priceAmount, startsAt: current.startsAt, at: now })
      : 0;
  await lockProviderCalendar(tx, current.providerId);
  const { service, rules, busy } = await loadSlotInputs(tx, current.serviceId, start - DAY, start + DAY, bookingId, { now: now.getTime() });
  const durationMin = Math.round((current.endsAt.getTime() - current.startsAt.getTime()) / 60_000);
  const free = computeSlots({ ...rules, durationMin }, busy, now.getTime(), start, start + 1).some((s) => s.start === start);
  if (!free) throw await slotTaken(tx, current.serviceId, start, now);
  const interval = bookingInterval({ ...service, durationMin }, new Date(start));
  await assertAuthorizationCovers(tx, { bookingId, end: interval.endsAt });
  return { current, feeAmount, interval, rescheduleNumber: current.rescheduleCount + 1 };
}

/**
 * Moves a booking to another free start. The row is updated in place, so freeing the old
 * interval and holding the new one is one statement under the exclusion constraint: there is no
 * moment where both or neither are held.
 *
 * A fee owed under the policy is charged on the booking's card in three steps (docs/booking.md):
 * authorized before the move's transaction (a decline refuses the move, 402), linked to the
 * booking inside it, captured after the commit; a move that fails to commit voids the hold.
 */
export async function rescheduleBooking({ actor, now = new Date(), ...input }: RescheduleBookingInput & { actor: Actor; now?: Date }) {
  const { bookingId, start: startIso } = parseInput(RescheduleBookingInput, input);
  const move: Move = { actor, bookingId, start: Date.parse(startIso), now };
  let serviceId: string | undefined;
  try {
    // Checked first without writing, so a move that cannot happen never touches the card.
    const plan = await db.$transaction((tx) => planReschedule(tx, move));
    serviceId = plan.current.serviceId;
    const fee = plan.feeAmount > 0 ? await authorizeRescheduleFee({ bookingId, rescheduleNumber: plan.rescheduleNumber, amount: plan.feeAmount, now }) : null;
    try {
      await commitReschedule(move, plan, fee);
    } catch (error) {
      if (fee) await voidFee(fee, error);
      throw error;
    }
    if (fee) {
      // The move has happened; a capture that fails now is retried by the scheduler (settleRescheduleFees).
      await captureRescheduleFee({ paymentId: fee.paymentId, now }).catch((error: unknown) => {
        logger.error({ err: error, paymentId: fee.paymentId }, "capturing a reschedule fee failed; the scheduler retries");
      });
    }
    return toBookingDto(await db.booking.findUniqueOrThrow({ where: { id: bookingId }, select: bookingSelect }));
  } catch (error) {
    if (serviceId && isOverlapViolation(error)) throw await slotTaken(undefined, serviceId, move.start, now);
    throw error;
  }
}

async function commitReschedule(move: Move, plan: { feeAmount: number; rescheduleNumber: number }, fee: AuthorizedRescheduleFee | null) {
  const { actor, bookingId } = move;
  await retryOnWriteConflict(() =>
    transactional(async (tx) => {
      const { current, feeAmount, interval, rescheduleNumber } = await planReschedule(tx, move);
      // Another move committed since the fee was quoted and authorized: that fee belongs to no move.
      if (rescheduleNumber !== plan.rescheduleNumber || feeAmount !== plan.feeAmount) {
        throw new AppError("CONFLICT", "This booking changed a moment ago. Review it and try again.", { reason: "BOOKING_CHANGED" });
      }
      if (fee) await linkRescheduleFee(tx, { paymentId: fee.paymentId, bookingId });
      await expireLapsedHolds(tx, { providerId: current.providerId, interval, now: move.now });
      await tx.booking.update({
        where: { id: bookingId },
        // A new time deserves a new reminder.
        data: { ...interval, reminderSentAt: null, rescheduleCount: { increment: 1 }, ...(feeAmount ? { rescheduleFeeAmount: { increment: feeAmount } } : {}) },
      });
      await recordEvent(tx, {
        type: "booking.rescheduled",
        actorId: actor.userId,
        entity: { type: "Booking", id: bookingId },
        data: { bookingId, previousStart: current.startsAt.toISOString(), previousEnd: current.endsAt.toISOString(), feeAmount },
      });
    }),
  );
}

/** No move, no money: the fee's hold is released (logged if the processor is down: the scheduler retries). */
async function voidFee(fee: AuthorizedRescheduleFee, error: unknown) {
  const reason = isOverlapViolation(error) ? "SLOT_TAKEN" : isAppError(error) ? error.code : "RESCHEDULE_FAILED";
  await releaseRescheduleFee({ paymentId: fee.paymentId, reason }).catch((releaseError: unknown) => {
    logger.error({ err: releaseError, paymentId: fee.paymentId }, "voiding a reschedule fee failed; the scheduler retries");
  });
}
