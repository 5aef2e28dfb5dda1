import { DateTime } from "luxon";
import type { Busy, Interval, SlotRules } from "./compute-slots";

/**
 * A slow, obviously-correct slot engine for the property tests: it asks luxon about every local
 * date, every interval bound and every candidate, where the real engine does arithmetic.
 * Test-only: never import it from application code.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The wall clock at an instant, as epoch-style milliseconds read as if UTC. */
function wallClock(zone: string, instant: number): number {
  return instant + DateTime.fromMillis(instant, { zone }).offset * MINUTE;
}

/** The provider's local date (YYYY-MM-DD) and minute of the day at an instant. */
export function localAt(zone: string, instant: number): { date: string; minute: number } {
  const local = DateTime.fromMillis(instant, { zone });
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${local.year}-${pad(local.month)}-${pad(local.day)}`, minute: local.hour * 60 + local.minute };
}

export function dateOf(zone: string, instant: number): string {
  return localAt(zone, instant).date;
}

/**
 * The first instant at which the zone's wall clock reads `date` `minute` or later: for a repeated
 * time its first occurrence, for a skipped one the moment the clock jumps past it (found by walking
 * minute by minute, which only happens on the day of a spring-forward).
 */
export function firstInstantReading(zone: string, date: string, minute: number): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minute * MINUTE;
  const candidates = [-1, 0, 1].map((days) => wall - DateTime.fromMillis(wall + days * DAY, { zone }).offset * MINUTE);
  const exact = candidates.filter((t) => wallClock(zone, t) === wall);
  if (exact.length) return Math.min(...exact);
  let t = Math.min(...candidates);
  while (wallClock(zone, t) < wall) t += MINUTE;
  return t;
}

export function offsetIsConstantOn(zone: string, date: string): boolean {
  const start = DateTime.fromISO(date, { zone });
  return start.offset === start.endOf("day").offset;
}

/** The day's opening intervals, overlapping or touching ones joined (as the rules mean them). */
export function intervalsOn(rules: SlotRules, date: string): Interval[] {
  const override = rules.overrides.find((o) => o.date === date);
  const weekday = DateTime.fromISO(date, { zone: "utc" }).weekday;
  const raw = override ? override.intervals : rules.weekly.filter((rule) => rule.weekday === weekday);
  const joined: Interval[] = [];
  for (const { startMinute, endMinute } of [...raw].sort((a, b) => a.startMinute - b.startMinute)) {
    const last = joined[joined.length - 1];
    if (last && startMinute <= last.endMinute) last.endMinute = Math.max(last.endMinute, endMinute);
    else joined.push({ startMinute, endMinute });
  }
  return joined;
}

/**
 * Every grid start (open + k·step, in absolute time) of every local date around the range (a day's
 * margin each side, though a slot's own local date always lies inside it), filtered rule by rule.
 */
export function referenceSlots(rules: SlotRules, busy: Busy[], now: number, from: number, to: number): number[] {
  const zone = rules.timeZone;
  const starts: number[] = [];
  const last = DateTime.fromISO(dateOf(zone, to + DAY), { zone: "utc" });
  for (let day = DateTime.fromISO(dateOf(zone, from - DAY), { zone: "utc" }); day <= last; day = day.plus({ days: 1 })) {
    const date = day.toISODate()!;
    for (const interval of intervalsOn(rules, date)) {
      const open = firstInstantReading(zone, date, interval.startMinute);
      const close = firstInstantReading(zone, date, interval.endMinute);
      for (let start = open; start + rules.durationMin * MINUTE <= close; start += Math.max(1, rules.stepMin) * MINUTE) {
        const blockStart = start - rules.bufferBeforeMin * MINUTE;
        const blockEnd = start + (rules.durationMin + rules.bufferAfterMin) * MINUTE;
        if (start < from || start >= to) continue;
        if (start < now + rules.minNoticeMin * MINUTE || start >= now + rules.horizonDays * DAY) continue;
        if (busy.some((b) => b.start < blockEnd && b.end > blockStart)) continue;
        starts.push(start);
      }
    }
  }
  return starts.sort((a, b) => a - b);
}
