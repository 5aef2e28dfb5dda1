import { DateTime } from "luxon";

/** One weekly opening window: ISO weekday (1 = Mon … 7 = Sun), minutes since local midnight. */
export interface WeeklyWindow {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** "09:30" → 570. */
export function minuteOfDay(hhmm: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new Error(`Expected HH:MM, got "${hhmm}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The same hours on each given weekday, e.g. weeklyHours([1, 2, 3, 4, 5], "09:00", "17:00"). */
export function weeklyHours(weekdays: number[], from: string, to: string): WeeklyWindow[] {
  return weekdays.map((weekday) => ({ weekday, startMinute: minuteOfDay(from), endMinute: minuteOfDay(to) }));
}

export const WEEKDAYS = [1, 2, 3, 4, 5];
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/**
 * The instant at which a wall clock in `timeZone` shows `minute` on the given local date.
 * Built from calendar fields (not start-of-day plus minutes) so it stays right on DST change days.
 */
export function localMinuteToUtc(localDate: DateTime, minute: number, timeZone: string): Date {
  const local = DateTime.fromObject(
    { year: localDate.year, month: localDate.month, day: localDate.day, hour: Math.floor(minute / 60), minute: minute % 60 },
    { zone: timeZone },
  );
  if (!local.isValid) throw new Error(`Invalid local time in ${timeZone}: ${local.invalidExplanation}`);
  return local.toJSDate();
}

/** The local calendar date `daysAgo` days before `now`, in `timeZone`. */
export function localDateDaysAgo(now: Date, daysAgo: number, timeZone: string): DateTime {
  return DateTime.fromJSDate(now, { zone: timeZone }).startOf("day").minus({ days: daysAgo });
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
