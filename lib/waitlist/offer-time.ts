import type { Tx } from "../core/db";
import { env } from "../core/env";
import { recordEvent } from "../events/record-event";
import { computeSlots } from "../availability/compute-slots";
import { loadSlotInputs } from "../availability/load-slot-inputs";
import { bookingInterval } from "../bookings/booking-interval";
import { lockProviderCalendar } from "../bookings/lock-provider-calendar";
import { expireLapsedHolds } from "../bookings/slot-holds";

const MINUTE = 60_000;

export interface OfferScope {
  providerId: string;
  /** The free interval offered, epoch ms: a held booking's buffered block must lie inside it. */
  from: number;
  to: number;
  /** Only entries of these services (default: every service of the provider). */
  serviceIds?: string[];
  now: Date;
  actorId: string | null;
  holdMinutes?: number;
}

/**
 * Offers free time to the waitlist, first come first served: each waiting entry in order (oldest
 * first) gets the earliest free start of its service that lies inside both the offered interval
 * and the entry's window, held for them alone for `holdMinutes`; an entry whose window has none is
 * skipped. A hold is busy time for everyone else, so once the interval is used up nobody further
 * is offered anything: one offer outstanding per slot. An entry is offered one time at a time, and
 * never the same time twice. Runs with the provider's calendar locked, like a booking insert.
 * Returns the new holds' ids.
 */
export async function offerTime(tx: Tx, { providerId, from, to, serviceIds, now, actorId, holdMinutes = env.WAITLIST_HOLD_MINUTES }: OfferScope): Promise<string[]> {
  if (to <= Math.max(from, now.getTime())) return [];
  await lockProviderCalendar(tx, providerId);
  const offered = { blockStartsAt: new Date(from), blockEndsAt: new Date(to) };
  // Lapsed holds over this time would still trip SlotHold_no_overlap: they stop counting now.
  await expireLapsedHolds(tx, { providerId, interval: offered, now });

  const entries = await tx.waitlistEntry.findMany({
    where: {
      providerId,
      status: "WAITING",
      ...(serviceIds ? { serviceId: { in: serviceIds } } : {}),
      windowStartsAt: { lt: new Date(to) },
      windowEndsAt: { gt: new Date(from) },
      service: { active: true },
      holds: {
        none: {
          OR: [
            { status: "ACTIVE", expiresAt: { gt: now } },
            { blockStartsAt: { lt: offered.blockEndsAt }, blockEndsAt: { gt: offered.blockStartsAt } },
          ],
        },
      },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, customerId: true, serviceId: true, windowStartsAt: true, windowEndsAt: true },
  });

  const holds: string[] = [];
  for (const entry of entries) {
    const lo = Math.max(from, entry.windowStartsAt.getTime());
    const hi = Math.min(to, entry.windowEndsAt.getTime());
    if (hi <= lo) continue;
    // Holds made in this loop are busy now, so the next entry only sees what is left.
    const { service, rules, busy } = await loadSlotInputs(tx, entry.serviceId, from, to, undefined, { now: now.getTime() });
    const fits = computeSlots(rules, busy, now.getTime(), lo, hi).find((slot) => {
      const block = bookingInterval(service, new Date(slot.start));
      return slot.end <= entry.windowEndsAt.getTime() && block.blockStartsAt.getTime() >= from && block.blockEndsAt.getTime() <= to;
    });
    if (!fits) continue;
    const hold = await tx.slotHold.create({
      data: {
        entryId: entry.id,
        customerId: entry.customerId,
        providerId,
        serviceId: entry.serviceId,
        ...bookingInterval(service, new Date(fits.start)),
        expiresAt: new Date(now.getTime() + holdMinutes * MINUTE),
        offerStartsAt: offered.blockStartsAt,
        offerEndsAt: offered.blockEndsAt,
      },
      select: { id: true, expiresAt: true },
    });
    await recordEvent(tx, {
      type: "waitlist.offered",
      actorId,
      entity: { type: "SlotHold", id: hold.id },
      data: { holdId: hold.id, entryId: entry.id, expiresAt: hold.expiresAt.toISOString() },
    });
    holds.push(hold.id);
  }
  return holds;
}
