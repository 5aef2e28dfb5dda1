import { DateTime } from "luxon";
import { AppError } from "../core/errors";

/** Today's date where the provider works: "past" for a date override means before this. */
export function localToday(timeZone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
}

/** A local date as the value Prisma stores in a @db.Date column (midnight UTC). */
export function dateColumn(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** How far ahead special hours may be set; well past any service's booking horizon (365 days). */
const MAX_DAYS_AHEAD = 2 * 366;

/** Refuses dates before today, or absurdly far ahead, in the provider's zone (field error on `date`). */
export function assertEditableDate(date: string, timeZone: string, now: Date): void {
  const today = localToday(timeZone, now);
  if (date < today) {
    throw new AppError("VALIDATION_FAILED", "That date is in the past", { fields: { date: [`Pick today (${today}) or a later date`] } });
  }
  if (dateColumn(date).getTime() - dateColumn(today).getTime() > MAX_DAYS_AHEAD * 86_400_000) {
    throw new AppError("VALIDATION_FAILED", "That date is too far ahead", { fields: { date: ["Pick a date within the next two years"] } });
  }
}
