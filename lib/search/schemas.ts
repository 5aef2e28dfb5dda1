import { z } from "zod";

export const SEARCH_SORTS = ["relevance", "distance", "price", "rating"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const MAX_RADIUS_KM = 500;

const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1").optional();
const minorUnits = z.coerce.number().int("Use whole minor units (cents)").min(0).max(100_000_000).optional();

/**
 * "2026-12-05T09:00/12:00": a day and a wall-clock window, read in each provider's own time zone
 * (Saturday morning means their Saturday morning).
 */
const AvailableWindow = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})\/(\d{2}:\d{2})$/, "Use YYYY-MM-DDTHH:mm/HH:mm, e.g. 2026-12-05T09:00/12:00")
  .transform((value) => {
    const [, date, from, to] = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})\/(\d{2}:\d{2})$/.exec(value)!;
    return { date, from, to };
  })
  .refine(({ date }) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), "Not a real date")
  .refine(({ from, to }) => /^([01]\d|2[0-3]):[0-5]\d$/.test(from) && /^([01]\d|2[0-4]):[0-5]\d$/.test(to) && from < to && to <= "24:00", "The window must run forwards within one day");
export type AvailableWindow = z.output<typeof AvailableWindow>;

export const ProviderSearchQuery = z
  .object({
    q: z.string().trim().max(100, "Search for at most 100 characters").optional(),
    category: z.string().trim().max(80).optional(),
    /** Kept for links made before geo search: an exact city name. */
    city: z.string().trim().max(100).optional(),
    minPrice: minorUnits,
    maxPrice: minorUnits,
    minRating: z.coerce.number().min(1).max(5).optional(),
    verified: flag,
    instant: flag,
    lat: z.coerce.number().min(-90).max(90).optional(),
    lng: z.coerce.number().min(-180).max(180).optional(),
    /** A place name or postcode from the Place table, instead of lat/lng. */
    near: z.string().trim().min(1).max(100).optional(),
    radiusKm: z.coerce.number().gt(0, "The radius must be more than 0 km").max(MAX_RADIUS_KM, `The radius can be at most ${MAX_RADIUS_KM} km`).optional(),
    available: AvailableWindow.optional(),
    sort: z.enum(SEARCH_SORTS, { error: `Sort by one of: ${SEARCH_SORTS.join(", ")}` }).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(12),
  })
  .refine((query) => (query.lat === undefined) === (query.lng === undefined), { message: "Give both lat and lng", path: ["lat"] })
  .refine((query) => query.minPrice === undefined || query.maxPrice === undefined || query.minPrice <= query.maxPrice, {
    message: "The minimum price is above the maximum",
    path: ["minPrice"],
  });
export type ProviderSearchQuery = z.input<typeof ProviderSearchQuery>;
export type ParsedProviderSearch = z.output<typeof ProviderSearchQuery>;
