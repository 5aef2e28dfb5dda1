import type { Actor } from "../core/auth/actor";
import { env } from "../core/env";
import { AppError, notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { lockBooking } from "../bookings/lock-booking";
import { getDispute } from "./get-dispute";
import { netPaid } from "./paid-amount";
import { OpenBookingDisputeInput } from "./schemas";
import { OPEN_DISPUTE_STATUSES } from "./status";

const DAY = 86_400_000;

/** The last instant a customer can dispute a booking that ended at `endsAt`. */
export const disputeWindowEnd = (endsAt: Date, days = env.DISPUTE_WINDOW_DAYS) => new Date(endsAt.getTime() + days * DAY);

/**
 * The customer disputes a completed (or no-show) booking within the window after its end. The
 * provider's earnings from it freeze (payouts skip them) until the dispute closes, and the
 * provider has DISPUTE_RESPONSE_DAYS to answer before it goes to the admin queue.
 */
export async function openBookingDispute({ actor, now = new Date(), ...input }: OpenBookingDisputeInput & { actor: Actor; now?: Date }) {
  const { bookingId, reason } = parseInput(OpenBookingDisputeInput, input);
  const disputeId = await transactional(async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (booking.customerId !== actor.userId) {
      if (booking.provider.userId === actor.userId || actor.role === "ADMIN") throw new AppError("FORBIDDEN", "Only the customer can dispute a booking");
      throw notFound("Booking");
    }
    if (booking.status !== "COMPLETED" && booking.status !== "NO_SHOW") {
      throw new AppError("INVALID_STATE", "Only a completed or no-show booking can be disputed", { currentStatus: booking.status });
    }
    const closesAt = disputeWindowEnd(booking.endsAt);
    if (now > closesAt) throw new AppError("INVALID_STATE", `Disputes can be opened up to ${env.DISPUTE_WINDOW_DAYS} days after the booking`, { reason: "WINDOW_CLOSED", closedAt: closesAt.toISOString() });
    const open = await tx.dispute.findFirst({ where: { bookingId, status: { in: [...OPEN_DISPUTE_STATUSES] } }, select: { id: true } });
    if (open) throw new AppError("CONFLICT", "This booking already has an open dispute", { disputeId: open.id });
    const payment = await tx.payment.findUnique({ where: { bookingId }, select: { status: true, amount: true, capturedAmount: true, refundedAmount: true } });
    const dispute = await tx.dispute.create({
      data: {
        bookingId,
        openedById: actor.userId,
        respondentId: booking.provider.userId,
        reason,
        paidAmount: netPaid(payment),
        currency: booking.currency,
        status: "AWAITING_RESPONSE",
        responseDueAt: new Date(now.getTime() + env.DISPUTE_RESPONSE_DAYS * DAY),
        createdAt: now,
      },
      select: { id: true },
    });
    await recordEvent(tx, { type: "dispute.opened", actorId: actor.userId, entity: { type: "Dispute", id: dispute.id }, data: { disputeId: dispute.id } });
    return dispute.id;
  });
  return getDispute({ actor, disputeId });
}
