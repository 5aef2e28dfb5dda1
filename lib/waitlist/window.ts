import { DateTime } from "luxon";
import { minuteToClock } from "../availability/schemas";

/**
 * A local day, or a wall-clock window on it, in the provider's IANA zone, as UTC instants (epoch
 * ms). Each bound is converted on its own, so a DST day keeps its wall-clock meaning; 24:00 (or no
 * window) ends at the next local midnight.
 */
export function localWindow(timeZone: string, date: string, startMinute: number | null, endMinute: number | null): { start: number; end: number } {
  const at = (minute: number) =>
    minute >= 24 * 60
      ? DateTime.fromISO(date, { zone: timeZone }).plus({ days: 1 }).startOf("day").toMillis()
      : DateTime.fromISO(`${date}T${minuteToClock(minute)}`, { zone: timeZone }).toMillis();
  return { start: at(startMinute ?? 0), end: at(endMinute ?? 24 * 60) };
}

/** The local day around an instant, in the provider's zone. */
export function localDayAround(timeZone: string, instant: number): { start: number; end: number } {
  const day = DateTime.fromMillis(instant, { zone: timeZone }).startOf("day");
  return { start: day.toMillis(), end: day.plus({ days: 1 }).startOf("day").toMillis() };
}
