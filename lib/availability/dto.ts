import { minuteToClock } from "./schemas";

type Row = { startMinute: number; endMinute: number };
type OverrideRow = { date: Date; startMinute: number | null; endMinute: number | null };

export interface IntervalDto {
  start: string;
  end: string;
}

export interface WeeklyDayDto {
  weekday: number;
  intervals: IntervalDto[];
}

export interface OverrideDto {
  date: string;
  closed: boolean;
  intervals: IntervalDto[];
}

const byStart = (a: Row, b: Row) => a.startMinute - b.startMinute;
const toInterval = (row: Row): IntervalDto => ({ start: minuteToClock(row.startMinute), end: minuteToClock(row.endMinute) });

/** All seven ISO weekdays, Monday first; a weekday without rules is closed (no intervals). */
export function toWeeklyDto(rules: (Row & { weekday: number })[]): WeeklyDayDto[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    intervals: rules.filter((r) => r.weekday === weekday).sort(byStart).map(toInterval),
  }));
}

/** Override rows grouped by date, soonest first; a date whose rows carry no minutes is closed. */
export function toOverridesDto(rows: OverrideRow[]): OverrideDto[] {
  const byDate = new Map<string, Row[]>();
  for (const row of rows) {
    const date = row.date.toISOString().slice(0, 10);
    const intervals = byDate.get(date) ?? [];
    if (row.startMinute !== null && row.endMinute !== null) intervals.push({ startMinute: row.startMinute, endMinute: row.endMinute });
    byDate.set(date, intervals);
  }
  return [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, intervals]) => ({ date, closed: intervals.length === 0, intervals: intervals.sort(byStart).map(toInterval) }));
}
