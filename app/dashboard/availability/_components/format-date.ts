import { DateTime } from "luxon";
import { LOCALE } from "@/components/ui/format";

/** "2030-01-08" → "Tue, Jan 8, 2030". A calendar date has no zone: read and print it in UTC so it never shifts. */
export function formatLocalDate(date: string): string {
  return DateTime.fromISO(date, { zone: "UTC" }).setLocale(LOCALE).toLocaleString({ weekday: "short", month: "short", day: "numeric", year: "numeric" });
}
