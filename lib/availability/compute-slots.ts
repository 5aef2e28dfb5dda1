import { ZoneClock } from "./zone-clock";

/** Wall-clock opening hours: minutes since local midnight in the provider's zone. */
export interface Interval {
  startMinute: number;
  endMinute: number;
}

export interface WeeklyRule extends Interval {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

/** Replaces the weekly hours of one local date; no intervals = closed. */
export interface DateOverride {
  /** Local date, YYYY-MM-DD. */
  date: string;
  intervals: Interval[];
}

export interface SlotRules {
  timeZone: string;
  weekly: WeeklyRule[];
  overrides: DateOverride[];
  durationMin: number;
  bufferBeforeMin: number;
  bufferAfterMin: number;
  stepMin: number;
  minNoticeMin: number;
  horizonDays: number;
}

/** A busy interval in epoch milliseconds (buffers already included), half-open. */
export interface Busy {
  start: number;
  end: number;
}

export interface Slot {
  start: number;
  end: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Free start times as UTC epoch milliseconds, for a service under `rules`, in [from, to).
 *
 * Only two wall-clock conversions happen per opening interval: its start and end become instants
 * (see ZoneClock.toInstant), and slots are stepped in absolute time between them. A day that springs
 * forward therefore simply has an hour less; one that falls back has the repeated hour's slots once each.
 * A bound inside the skipped hour is the moment of the jump, never an hour later: shifting it (as
 * luxon does) let an interval run past its own closing time and overlap the next one, which gave
 * duplicate and out-of-order slots.
 * Local dates are day numbers (days since 1970-01-01 on the wall clock), so no date objects are made.
 */
export function computeSlots(rules: SlotRules, busy: Busy[], now: number, from: number, to: number): Slot[] {
  const duration = rules.durationMin * MINUTE;
  const before = rules.bufferBeforeMin * MINUTE;
  const after = rules.bufferAfterMin * MINUTE;
  const step = Math.max(1, rules.stepMin) * MINUTE;
  const earliest = Math.max(from, now + rules.minNoticeMin * MINUTE);
  const latest = Math.min(to, now + rules.horizonDays * DAY);
  if (!(earliest < latest)) return [];
  const clock = ZoneClock.covering(rules.timeZone, earliest, latest);
  if (!clock) return [];

  const sortedBusy = [...busy].sort((a, b) => a.start - b.start);
  const overrides = new Map(rules.overrides.map((o) => [Date.parse(`${o.date}T00:00:00Z`) / DAY, o.intervals]));
  const byWeekday: Interval[][] = [[], [], [], [], [], [], [], []];
  for (const rule of rules.weekly) byWeekday[rule.weekday].push(rule);
  const weekly = byWeekday.map(mergeIntervals);

  const slots: Slot[] = [];
  let busyIndex = 0;
  // Start a day early: an interval of the previous local date can reach into the range.
  const lastDay = Math.floor(clock.toLocal(latest) / DAY);
  for (let day = Math.floor(clock.toLocal(earliest) / DAY) - 1; day <= lastDay; day++) {
    const override = overrides.get(day);
    // 1970-01-01 was a Thursday (ISO weekday 4).
    const intervals = override ? mergeIntervals(override) : weekly[((day % 7) + 10) % 7 + 1];
    for (const interval of intervals) {
      const open = clock.toInstant(day * DAY + interval.startMinute * MINUTE);
      const close = clock.toInstant(day * DAY + interval.endMinute * MINUTE);
      // Align to the step grid of the opening time so that slots read 9:00, 9:30 … not 9:07.
      let start = open;
      if (start < earliest) start += Math.ceil((earliest - start) / step) * step;
      for (; start + duration <= close && start < latest; start += step) {
        const blockStart = start - before;
        const blockEnd = start + duration + after;
        while (busyIndex < sortedBusy.length && sortedBusy[busyIndex].end <= blockStart) busyIndex++;
        if (overlapsAny(sortedBusy, busyIndex, blockStart, blockEnd)) continue;
        slots.push({ start, end: start + duration });
      }
    }
  }
  return slots;
}

/** Sorted, with overlapping or touching intervals joined, so slots come out in order and once. */
function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.startMinute - b.startMinute);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.startMinute <= last.endMinute) last.endMinute = Math.max(last.endMinute, next.endMinute);
    else merged.push({ startMinute: next.startMinute, endMinute: next.endMinute });
  }
  return merged;
}

function overlapsAny(busy: Busy[], fromIndex: number, start: number, end: number): boolean {
  for (let i = fromIndex; i < busy.length && busy[i].start < end; i++) {
    if (busy[i].end > start) return true;
  }
  return false;
}
