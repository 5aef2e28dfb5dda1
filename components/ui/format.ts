import { DateTime } from "luxon";

/**
 * Formatting shared by server and client components. A fixed locale keeps server and client
 * renders identical; the time zone is always explicit, never the server's own.
 */
export const LOCALE = "en-US";

function fractionDigits(currency: string): number {
  try {
    return new Intl.NumberFormat(LOCALE, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Integer minor units (cents, pence, yen) to a display string in that currency. */
export function formatMoney(amount: number, currency: string): string {
  const digits = fractionDigits(currency);
  const major = amount / 10 ** digits;
  try {
    return new Intl.NumberFormat(LOCALE, {
      style: "currency",
      currency,
      minimumFractionDigits: Number.isInteger(major) ? 0 : digits,
      maximumFractionDigits: digits,
    }).format(major);
  } catch {
    return `${major.toFixed(digits)} ${currency}`;
  }
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

export function inZone(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { zone }).setLocale(LOCALE);
}

/** "Tue, Dec 3, 2026" */
export function formatDay(iso: string, zone: string): string {
  return inZone(iso, zone).toLocaleString({ weekday: "short", month: "short", day: "numeric", year: "numeric" });
}

/** "10:30 AM" */
export function formatTime(iso: string, zone: string): string {
  return inZone(iso, zone).toLocaleString(DateTime.TIME_SIMPLE);
}

/** "Tue, Dec 3, 2026, 10:30 AM – 12:30 PM" */
export function formatRange(startIso: string, endIso: string, zone: string): string {
  const start = inZone(startIso, zone);
  const end = inZone(endIso, zone);
  const sameDay = start.hasSame(end, "day");
  return sameDay
    ? `${formatDay(startIso, zone)}, ${formatTime(startIso, zone)} – ${formatTime(endIso, zone)}`
    : `${formatDay(startIso, zone)}, ${formatTime(startIso, zone)} – ${formatDay(endIso, zone)}, ${formatTime(endIso, zone)}`;
}

/** "Dec 3, 2026" */
export function formatDate(iso: string, zone = "UTC"): string {
  return inZone(iso, zone).toLocaleString(DateTime.DATE_MED);
}

/** "Tue, Dec 3, 2026, 10:30 AM" */
export function formatDateTime(iso: string, zone: string): string {
  return `${formatDay(iso, zone)}, ${formatTime(iso, zone)}`;
}
