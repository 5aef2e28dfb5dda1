import { CITIES } from "@/lib/search/cities";

export interface CityOption {
  value: string;
  label: string;
  lat: number;
  lng: number;
}

/**
 * The cities Hearth serves, with their centres: the distance filter's fallback when the browser
 * will not share its location. Plain data (no database), shared with the seed so they agree.
 */
export const CITY_OPTIONS: CityOption[] = Object.values(CITIES).map((c) => ({
  value: c.city.toLowerCase(),
  label: `${c.city}, ${c.region}`,
  lat: c.lat,
  lng: c.lng,
}));

export function cityByValue(value: string | undefined): CityOption | undefined {
  return value ? CITY_OPTIONS.find((c) => c.value === value) : undefined;
}
