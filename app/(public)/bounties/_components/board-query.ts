import { cityByValue } from "@/components/bounties/cities";
import { toMinorUnits } from "@/components/bounties/money-input";

/** The board's filters as they appear in the URL (shared by the page and the filter form). */
export interface BoardFilters {
  category?: string;
  /** "me" (with lat/lng from the browser) or a city's value. */
  near?: string;
  lat?: string;
  lng?: string;
  radius?: string;
  /** Budgets in major units, as typed. */
  min?: string;
  max?: string;
  due?: string;
  remote?: string;
}

export const BOARD_KEYS = ["category", "near", "lat", "lng", "radius", "min", "max", "due", "remote"] as const;
export const RADII = ["5", "10", "25", "50", "100"];
export const DEFAULT_RADIUS = "25";

/**
 * The URL's filters → listBounties' query. Budgets are typed in major units (dollars) and sent in
 * minor units; a city becomes its centre; a malformed budget is dropped rather than failing the page.
 */
export function toListQuery(f: BoardFilters, cursor: string | undefined) {
  const point = f.near === "me" ? (f.lat && f.lng ? { lat: f.lat, lng: f.lng } : undefined) : cityByValue(f.near);
  const radius = f.radius && RADII.includes(f.radius) ? f.radius : DEFAULT_RADIUS;
  const minor = (text: string | undefined) => (text ? (toMinorUnits(text, "USD") ?? undefined) : undefined);
  return {
    category: f.category,
    ...(point ? { lat: String(point.lat), lng: String(point.lng), radiusKm: radius } : {}),
    minBudget: minor(f.min),
    maxBudget: minor(f.max),
    dueWithinDays: f.due,
    remote: f.remote === "true" || f.remote === "false" ? f.remote : undefined,
    cursor,
    limit: 12,
  };
}
