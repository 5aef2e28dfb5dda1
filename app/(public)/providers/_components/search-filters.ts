import { filterParam, type SearchParams } from "@/components/pages/search-params";

/** Every filter lives in the URL, so a search is linkable and the back button walks through it. */
export const FILTER_KEYS = ["q", "category", "city", "near", "radiusKm", "minPrice", "maxPrice", "minRating", "verified", "instant", "available", "sort"] as const;
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number] | "cursor", string>>;

const PARTS_OF_DAY: Record<string, [string, string]> = { morning: ["08:00", "12:00"], afternoon: ["12:00", "17:00"], evening: ["17:00", "21:00"], any: ["00:00", "24:00"] };

/** The form asks for a date and a part of the day; the search takes a window. */
function availableWindow(params: SearchParams): string | undefined {
  const raw = filterParam(params, "available");
  if (raw) return raw;
  const date = filterParam(params, "date");
  if (!date) return undefined;
  const [from, to] = PARTS_OF_DAY[filterParam(params, "part") ?? "any"] ?? PARTS_OF_DAY.any;
  return `${date}T${from}/${to}`;
}

/** Prices are typed in whole units of money and searched in minor units. */
function minorUnits(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? String(Math.round(number * 100)) : value;
}

/** The page's filters as the URL has them, and the same as a search query. */
export function readFilters(params: SearchParams) {
  const filters: Filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, filterParam(params, key)]));
  filters.available = availableWindow(params);
  const query = { ...filters, minPrice: minorUnits(filters.minPrice), maxPrice: minorUnits(filters.maxPrice) };
  return { filters, query, day: { date: filterParam(params, "date"), part: filterParam(params, "part") } };
}

/** "Providers matching “x” in Cleaning within 5 km of Williamsburg …", or nothing without filters. */
export function describeFilters(filters: Filters, categoryName: string | undefined): string[] {
  return [
    filters.q ? `matching “${filters.q}”` : null,
    categoryName ? `in ${categoryName}` : null,
    filters.city ? `in ${filters.city}` : null,
    filters.near ? `within ${filters.radiusKm ?? 25} km of ${filters.near}` : null,
    filters.available ? `free ${filters.available.replace("T", " ").replace("/", "–")}` : null,
  ].filter((part): part is string => part !== null);
}
