import type { Tx } from "../core/db";
import { recordEvent } from "../events/record-event";

/**
 * The booking side of waitlist holds (SlotHold, docs/waitlist.md). Called with the provider's
 * calendar locked, right before a booking row takes or moves onto time: the database trigger
 * Booking_respects_slot_holds refuses any overlap with an ACTIVE hold, so the holds that should no
 * longer count are settled first, in the same transaction.
 */

interface Block {
  blockStartsAt: Date;
  blockEndsAt: Date;
}

const overlapping = ({ blockStartsAt, blockEndsAt }: Block) => ({ blockStartsAt: { lt: blockEndsAt }, blockEndsAt: { gt: blockStartsAt } });

/** Lapsed holds over this time stop blocking now; the scheduler still offers their time to the next person (passedOnAt). */
export async function expireLapsedHolds(tx: Tx, { providerId, interval, now }: { providerId: string; interval: Block; now: Date }) {
  await tx.slotHold.updateMany({
    where: { providerId, status: "ACTIVE", expiresAt: { lte: now }, ...overlapping(interval) },
    data: { status: "EXPIRED" },
  });
}

/**
 * Settles the holds over a booking about to be written: lapsed ones expire, and the customer's own
 * live hold is consumed (CLAIMED). Another customer's live hold is left alone, and the trigger then
 * refuses the booking (SLOT_TAKEN). Returns the consumed holds' ids for linkClaimedHolds.
 */
export async function takeHeldTime(tx: Tx, { customerId, providerId, interval, now }: { customerId: string; providerId: string; interval: Block; now: Date }) {
  await expireLapsedHolds(tx, { providerId, interval, now });
  const own = await tx.slotHold.findMany({
    where: { providerId, customerId, status: "ACTIVE", expiresAt: { gt: now }, ...overlapping(interval) },
    select: { id: true },
  });
  if (own.length === 0) return [];
  const ids = own.map((h) => h.id);
  await tx.slotHold.updateMany({ where: { id: { in: ids }, status: "ACTIVE" }, data: { status: "CLAIMED" } });
  return ids;
}

/** Links consumed holds to the booking that claimed them and closes their waitlist entries, with the event. */
export async function linkClaimedHolds(tx: Tx, { holdIds, bookingId, customerId }: { holdIds: string[]; bookingId: string; customerId: string }) {
  for (const [i, holdId] of holdIds.entries()) {
    const hold = await tx.slotHold.update({ where: { id: holdId }, data: i === 0 ? { bookingId } : {}, select: { entryId: true } });
    await tx.waitlistEntry.update({ where: { id: hold.entryId }, data: { status: "BOOKED" } });
    await recordEvent(tx, {
      type: "waitlist.hold_claimed",
      actorId: customerId,
      entity: { type: "SlotHold", id: holdId },
      data: { holdId, bookingId },
    });
  }
}
