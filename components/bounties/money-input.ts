import { LOCALE } from "@/components/ui/format";

/** Minor-unit digits of a currency (2 for USD, 0 for JPY), as Intl knows them. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat(LOCALE, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * "125", "125.5", "1,250.00" in major units → integer minor units; null when it is not an amount
 * (or has more decimals than the currency has). People type dollars; the domain wants cents.
 */
export function toMinorUnits(text: string, currency: string): number | null {
  const cleaned = text.replace(/[\s,$€£]/g, "");
  const digits = currencyDigits(currency);
  const pattern = digits ? new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`) : /^\d+$/;
  if (!pattern.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.split(".");
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

/** Integer minor units → the plain major-unit text an input shows ("125.50"; "125" when whole). */
export function toMajorText(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  const major = amount / 10 ** digits;
  return Number.isInteger(major) ? String(major) : major.toFixed(digits);
}

export const CURRENCIES = ["USD", "GBP", "EUR", "AUD"] as const;
