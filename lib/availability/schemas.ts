import { DateTime } from "luxon";
import { z } from "zod";

/**
 * Input shapes of the availability editor, shared by the dashboard forms (zodResolver), the
 * server actions and the REST routes, so a field error reads the same everywhere.
 * Times are wall-clock "HH:MM" in the provider's zone; "24:00" closes a day at midnight.
 */

export const GRID_MINUTES = 5;
export const MAX_INTERVALS_PER_DAY = 6;
export const DAY_MINUTES = 24 * 60;

/** "09:30" → 570; "24:00" → 1440; anything else → null. */
export function clockToMinute(clock: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** 570 → "09:30"; 1440 → "24:00". */
export function minuteToClock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

// One issue per field: a malformed time should say what is wrong once, not three times.
const Clock = z.string().trim().superRefine((value, ctx) => {
  const minute = clockToMinute(value);
  if (minute === null) ctx.addIssue({ code: "custom", message: "Use the 24-hour format HH:MM, e.g. 09:30" });
  else if (minute % GRID_MINUTES !== 0) ctx.addIssue({ code: "custom", message: `Use a multiple of ${GRID_MINUTES} minutes` });
});

export const TimeInterval = z
  .object({ start: Clock, end: Clock })
  .superRefine(({ start, end }, ctx) => {
    const from = clockToMinute(start);
    const to = clockToMinute(end);
    if (from !== null && to !== null && to <= from) ctx.addIssue({ code: "custom", path: ["end"], message: "Must be after the start time" });
  });
export type TimeInterval = z.output<typeof TimeInterval>;

/** A day's intervals: at most a handful, none overlapping (touching, like 12:00–13:00 and 13:00–17:00, is fine). */
export const DayIntervals = z
  .array(TimeInterval)
  // Counted here, not with .max(): zod stops refining the enclosing arrays after a failed size check.
  .superRefine((intervals, ctx) => {
    if (intervals.length > MAX_INTERVALS_PER_DAY) ctx.addIssue({ code: "custom", message: `At most ${MAX_INTERVALS_PER_DAY} intervals per day` });
    const parsed = intervals
      .map((interval, index) => ({ index, start: clockToMinute(interval.start), end: clockToMinute(interval.end), label: `${interval.start}–${interval.end}` }))
      .filter((i): i is { index: number; start: number; end: number; label: string } => i.start !== null && i.end !== null && i.end > i.start)
      .sort((a, b) => a.start - b.start || a.index - b.index);
    let latest = parsed[0];
    for (const current of parsed.slice(1)) {
      if (current.start < latest.end) ctx.addIssue({ code: "custom", path: [current.index, "start"], message: `Overlaps ${latest.label}` });
      if (current.end > latest.end) latest = current;
    }
  });

export const WeeklyDay = z.object({
  weekday: z.number().int().min(1, "Weekday is 1 (Monday) to 7 (Sunday)").max(7, "Weekday is 1 (Monday) to 7 (Sunday)"),
  /** No intervals = closed that weekday. */
  intervals: DayIntervals,
});

export const WeeklyHoursInput = z.object({
  weekly: z
    .array(WeeklyDay)
    .max(7, "One entry per weekday")
    .superRefine((days, ctx) => {
      const seen = new Set<number>();
      days.forEach((day, index) => {
        if (seen.has(day.weekday)) ctx.addIssue({ code: "custom", path: [index, "weekday"], message: "This weekday appears twice" });
        seen.add(day.weekday);
      });
    }),
});
export type WeeklyHoursInput = z.input<typeof WeeklyHoursInput>;

/** A local calendar date, YYYY-MM-DD, that exists (no 31 February). */
export const LocalDate = z.string().trim().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value, { zone: "UTC" }).isValid) {
    ctx.addIssue({ code: "custom", message: "Pick a date (YYYY-MM-DD)" });
  }
});

export const DateOverrideInput = z
  .object({
    date: LocalDate,
    /** Closed all day; otherwise `intervals` replace the weekly hours for that date. */
    closed: z.boolean().default(false),
    intervals: DayIntervals.default([]),
  })
  .superRefine(({ closed, intervals }, ctx) => {
    if (closed && intervals.length) ctx.addIssue({ code: "custom", path: ["intervals"], message: "A closed day has no hours" });
    if (!closed && !intervals.length) ctx.addIssue({ code: "custom", path: ["intervals"], message: "Add at least one interval, or mark the day closed" });
  });
export type DateOverrideInput = z.input<typeof DateOverrideInput>;

export const OverrideDateInput = z.object({ date: LocalDate });
export type OverrideDateInput = z.input<typeof OverrideDateInput>;
