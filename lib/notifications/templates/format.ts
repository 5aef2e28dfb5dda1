import { DateTime } from "luxon";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Integer minor units → "$85.00", "¥8,500", "1.250 KWD"-style, using the currency's own number of decimals. */
export function formatMoney(amountMinor: number, currency: string, locale = "en-US"): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** decimals);
}

/**
 * "Tue, Mar 3, 2026, 10:00 AM – 11:00 AM EST (America/New_York)". The end repeats the date only
 * when it falls on another local day. An unknown zone falls back to UTC rather than "Invalid DateTime".
 */
export function formatTimeRange(startsAt: Date, endsAt: Date, zone: string, locale = "en-US"): string {
  const safeZone = DateTime.now().setZone(zone).isValid ? zone : "UTC";
  const start = DateTime.fromJSDate(startsAt, { zone: safeZone }).setLocale(locale);
  const end = DateTime.fromJSDate(endsAt, { zone: safeZone }).setLocale(locale);
  const endText = end.hasSame(start, "day") ? end.toFormat("h:mm a") : end.toFormat("ccc, LLL d, yyyy, h:mm a");
  return `${start.toFormat("ccc, LLL d, yyyy, h:mm a")} – ${endText} ${start.toFormat("ZZZZ")} (${safeZone})`;
}
