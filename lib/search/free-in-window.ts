import { DateTime } from "luxon";
import { db, type Prisma } from "../core/db";
import { computeSlots, type Busy } from "../availability/compute-slots";
import { slotRulesOf, TIME_HOLDING_STATUSES } from "../availability/load-slot-inputs";
import type { AvailableWindow } from "./schemas";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The window as instants in one provider's zone: 09:00–12:00 on their Saturday. */
export function windowIn(timeZone: string, { date, from, to }: AvailableWindow): { from: number; to: number } {
  const at = (clock: string) => DateTime.fromISO(`${date}T${clock === "24:00" ? "00:00" : clock}`, { zone: timeZone }).plus({ days: clock === "24:00" ? 1 : 0 });
  return { from: at(from).toMillis(), to: at(to).toMillis() };
}

/**
 * The providers of `providerIds` that can be booked in the window: some bookable service of theirs
 * (those the search's filters allow) has a free start, by the same slot engine the booking page uses.
 *
 * One query each for the services, weekly hours, date overrides and time-holding bookings of the
 * whole batch, then the pure engine per service in memory: a handful of round trips per batch
 * instead of several per candidate.
 */
export async function providersFreeInWindow(providerIds: string[], window: AvailableWindow, services: Prisma.ServiceWhereInput, now: number): Promise<Set<string>> {
  if (providerIds.length === 0) return new Set();
  const ids = { in: providerIds };
  // Override dates are local dates; a day either side covers every zone's reading of the window's date.
  const day = Date.parse(`${window.date}T00:00:00Z`);
  const [profiles, offered, weekly, overrides] = await Promise.all([
    db.providerProfile.findMany({ where: { id: ids }, select: { id: true, timeZone: true } }),
    db.service.findMany({
      where: { ...services, providerId: ids },
      select: { providerId: true, durationMin: true, bufferBeforeMin: true, bufferAfterMin: true, slotStepMin: true, minNoticeMin: true, horizonDays: true },
    }),
    db.availabilityRule.findMany({ where: { providerId: ids }, select: { providerId: true, weekday: true, startMinute: true, endMinute: true } }),
    db.availabilityOverride.findMany({
      where: { providerId: ids, date: { gte: new Date(day - DAY), lte: new Date(day + DAY) } },
      select: { providerId: true, date: true, startMinute: true, endMinute: true },
    }),
  ]);
  const windows = new Map(profiles.map((p) => [p.id, { timeZone: p.timeZone, ...windowIn(p.timeZone, window) }]));
  const candidates = offered.filter((s) => windows.has(s.providerId));
  if (candidates.length === 0) return new Set();

  // Buffers reach outside the window: widen the booking range so a booking just outside still blocks.
  const margin = Math.max(...candidates.map((s) => s.bufferBeforeMin + s.bufferAfterMin + s.durationMin)) * MINUTE;
  const spans = [...windows.values()];
  const bookings = await db.booking.findMany({
    where: {
      providerId: { in: [...new Set(candidates.map((s) => s.providerId))] },
      status: { in: [...TIME_HOLDING_STATUSES] },
      blockEndsAt: { gt: new Date(Math.min(...spans.map((w) => w.from)) - margin) },
      blockStartsAt: { lt: new Date(Math.max(...spans.map((w) => w.to)) + margin) },
    },
    select: { providerId: true, blockStartsAt: true, blockEndsAt: true },
  });

  const byProvider = <T extends { providerId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.providerId, [...(map.get(row.providerId) ?? []), row]);
    return map;
  };
  const weeklyOf = byProvider(weekly);
  const overridesOf = byProvider(overrides);
  const busyOf = new Map<string, Busy[]>();
  for (const [providerId, rows] of byProvider(bookings)) busyOf.set(providerId, rows.map((b) => ({ start: b.blockStartsAt.getTime(), end: b.blockEndsAt.getTime() })));

  const free = new Set<string>();
  for (const service of candidates) {
    if (free.has(service.providerId)) continue;
    const { timeZone, from, to } = windows.get(service.providerId)!;
    const rules = slotRulesOf(service, timeZone, weeklyOf.get(service.providerId) ?? [], overridesOf.get(service.providerId) ?? []);
    // A slot must start inside the window; computeSlots already refuses the past and the notice period.
    if (computeSlots(rules, busyOf.get(service.providerId) ?? [], now, from, to).some((slot) => slot.start >= from && slot.start < to)) free.add(service.providerId);
  }
  return free;
}
