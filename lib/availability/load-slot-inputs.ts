import type { Db, Tx } from "../core/db";
import { notFound } from "../core/errors";
import { serviceSchedulingSelect, serviceTermsSelect } from "../catalog/service-selects";
import type { Busy, SlotRules } from "./compute-slots";

/** Statuses that hold the provider's time (and are covered by the exclusion constraint). */
export const TIME_HOLDING_STATUSES = ["REQUESTED", "CONFIRMED"] as const;

const MINUTE = 60_000;

/** Whose view of the calendar: a waitlist hold is busy for everyone but its holder, and only until it lapses. */
export interface SlotViewer {
  /** Epoch ms the holds' expiry is compared to (default: the clock). */
  now?: number;
  /** The customer looking: their own live holds do not block them. */
  holderId?: string;
}

/**
 * Everything the pure slot engine needs for one service over [from, to). `excludeBookingId`
 * leaves a booking's own time out of the busy list, for rescheduling it. Live waitlist holds
 * (SlotHold, docs/waitlist.md) are busy too, except the viewer's own.
 */
export async function loadSlotInputs(client: Db | Tx, serviceId: string, from: number, to: number, excludeBookingId?: string, viewer: SlotViewer = {}) {
  const service = await client.service.findFirst({
    where: { id: serviceId, active: true },
    select: {
      id: true,
      providerId: true,
      name: true,
      ...serviceTermsSelect,
      ...serviceSchedulingSelect,
      provider: {
        select: {
          id: true,
          userId: true,
          timeZone: true,
          availability: { select: { weekday: true, startMinute: true, endMinute: true } },
          overrides: { select: { date: true, startMinute: true, endMinute: true } },
        },
      },
    },
  });
  if (!service) throw notFound("Service");

  // Buffers reach outside [from, to): widen the window so a booking just outside still blocks.
  const margin = (service.bufferBeforeMin + service.bufferAfterMin + service.durationMin) * MINUTE;
  const bookings = await client.booking.findMany({
    where: {
      providerId: service.providerId,
      status: { in: [...TIME_HOLDING_STATUSES] },
      ...(excludeBookingId ? { id: { not: excludeBookingId } } : {}),
      blockEndsAt: { gt: new Date(from - margin) },
      blockStartsAt: { lt: new Date(to + margin) },
    },
    select: { blockStartsAt: true, blockEndsAt: true },
  });
  const holds = await client.slotHold.findMany({
    where: {
      providerId: service.providerId,
      status: "ACTIVE",
      // A lapsed hold stops blocking at once, whether or not the scheduler has passed it on yet.
      expiresAt: { gt: new Date(viewer.now ?? Date.now()) },
      ...(viewer.holderId ? { customerId: { not: viewer.holderId } } : {}),
      blockEndsAt: { gt: new Date(from - margin) },
      blockStartsAt: { lt: new Date(to + margin) },
    },
    select: { blockStartsAt: true, blockEndsAt: true },
  });

  const rules = slotRulesOf(service, service.provider.timeZone, service.provider.availability, service.provider.overrides);
  const busy: Busy[] = [...bookings, ...holds].map((b) => ({ start: b.blockStartsAt.getTime(), end: b.blockEndsAt.getTime() }));
  return { service, rules, busy };
}

/** The slot engine's rules for one service, from its scheduling terms and its provider's hours; also used by search's batched check. */
export function slotRulesOf(
  service: { durationMin: number; bufferBeforeMin: number; bufferAfterMin: number; slotStepMin: number; minNoticeMin: number; horizonDays: number },
  timeZone: string,
  weekly: SlotRules["weekly"],
  overrides: OverrideRow[],
): SlotRules {
  return {
    timeZone,
    weekly,
    overrides: groupOverrides(overrides),
    durationMin: service.durationMin,
    bufferBeforeMin: service.bufferBeforeMin,
    bufferAfterMin: service.bufferAfterMin,
    stepMin: service.slotStepMin,
    minNoticeMin: service.minNoticeMin,
    horizonDays: service.horizonDays,
  };
}

type OverrideRow = { date: Date; startMinute: number | null; endMinute: number | null };

function groupOverrides(rows: OverrideRow[]) {
  const byDate = new Map<string, { startMinute: number; endMinute: number }[]>();
  for (const row of rows) {
    const date = row.date.toISOString().slice(0, 10);
    const intervals = byDate.get(date) ?? [];
    if (row.startMinute !== null && row.endMinute !== null) intervals.push({ startMinute: row.startMinute, endMinute: row.endMinute });
    byDate.set(date, intervals);
  }
  return [...byDate].map(([date, intervals]) => ({ date, intervals }));
}
