import type { Tx } from "../core/db";
import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { TIME_HOLDING_STATUSES } from "../availability/load-slot-inputs";
import { offerTime } from "./offer-time";
import { localDayAround } from "./window";

const MINUTE = 60_000;

/**
 * Freed time goes to the waitlist (docs/waitlist.md): first to the waiting customers of the same
 * service, at the freed start; then, when the provider fills gaps, whatever is left of the free gap
 * around it (up to the neighbouring bookings, within the local day) to customers of any service
 * short enough to fit.
 */
export async function offerFreedInterval(tx: Tx, { providerId, serviceId, from, to, now, actorId = null }: {
  providerId: string;
  serviceId: string;
  from: number;
  to: number;
  now: Date;
  actorId?: string | null;
}): Promise<string[]> {
  const held = await offerTime(tx, { providerId, from, to, serviceIds: [serviceId], now, actorId });
  const provider = await tx.providerProfile.findUniqueOrThrow({ where: { id: providerId }, select: { fillGaps: true, timeZone: true } });
  if (!provider.fillGaps) return held;
  const gap = await freeGapAround(tx, { providerId, timeZone: provider.timeZone, from, to, now });
  return [...held, ...(await offerTime(tx, { providerId, from: gap.from, to: gap.to, now, actorId }))];
}

/** The free interval containing [from, to): up to the nearest live booking or hold on each side, within the local day. */
async function freeGapAround(tx: Tx, { providerId, timeZone, from, to, now }: { providerId: string; timeZone: string; from: number; to: number; now: Date }) {
  const day = localDayAround(timeZone, from);
  const live = { providerId, status: { in: [...TIME_HOLDING_STATUSES] } };
  const hold = { providerId, status: "ACTIVE" as const, expiresAt: { gt: now } };
  const [bookingBefore, holdBefore, bookingAfter, holdAfter] = await Promise.all([
    tx.booking.findFirst({ where: { ...live, blockEndsAt: { lte: new Date(from), gt: new Date(day.start) } }, orderBy: { blockEndsAt: "desc" }, select: { blockEndsAt: true } }),
    tx.slotHold.findFirst({ where: { ...hold, blockEndsAt: { lte: new Date(from), gt: new Date(day.start) } }, orderBy: { blockEndsAt: "desc" }, select: { blockEndsAt: true } }),
    tx.booking.findFirst({ where: { ...live, blockStartsAt: { gte: new Date(to), lt: new Date(day.end) } }, orderBy: { blockStartsAt: "asc" }, select: { blockStartsAt: true } }),
    tx.slotHold.findFirst({ where: { ...hold, blockStartsAt: { gte: new Date(to), lt: new Date(day.end) } }, orderBy: { blockStartsAt: "asc" }, select: { blockStartsAt: true } }),
  ]);
  return {
    from: Math.max(day.start, bookingBefore?.blockEndsAt.getTime() ?? day.start, holdBefore?.blockEndsAt.getTime() ?? day.start),
    to: Math.min(day.end, bookingAfter?.blockStartsAt.getTime() ?? day.end, holdAfter?.blockStartsAt.getTime() ?? day.end),
  };
}

/**
 * After a booking stopped holding its time (cancelled, declined, expired) or moved away from it
 * (rescheduled, `previous` = its old start and end), offers that time to the waitlist. Called by the
 * outbox handlers after the booking's commit; safe to run twice (the time is then held or booked).
 */
export async function offerFreedBookingTime({ bookingId, previous, now = new Date() }: { bookingId: string; previous?: { start: string; end: string }; now?: Date }) {
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    select: {
      status: true,
      providerId: true,
      serviceId: true,
      blockStartsAt: true,
      blockEndsAt: true,
      service: { select: { bufferBeforeMin: true, bufferAfterMin: true } },
    },
  });
  if (!booking) return [];
  let from: number;
  let to: number;
  if (previous) {
    from = Date.parse(previous.start) - booking.service.bufferBeforeMin * MINUTE;
    to = Date.parse(previous.end) + booking.service.bufferAfterMin * MINUTE;
  } else {
    if ((TIME_HOLDING_STATUSES as readonly string[]).includes(booking.status)) return [];
    from = booking.blockStartsAt.getTime();
    to = booking.blockEndsAt.getTime();
  }
  if (to <= now.getTime()) return [];
  return transactional((tx) => offerFreedInterval(tx, { providerId: booking.providerId, serviceId: booking.serviceId, from, to, now }));
}
