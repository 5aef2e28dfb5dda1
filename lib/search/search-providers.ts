import { db, type Prisma } from "../core/db";
import { AppError } from "../core/errors";
import { parseQuery } from "../core/validation";
import { categorySubtreeIds } from "../catalog/list-categories";
import { providerCardSelect, toProviderCard } from "../providers/dto";
import { bookableServiceWhere } from "../providers/listing-readiness";
import { findPlace } from "./find-place";
import { providersFreeInWindow } from "./free-in-window";
import { cachedProviderSearch } from "./search-cache";
import { providerSearchSql, WORD_SIMILARITY_THRESHOLD, type ProviderSearchRow, type ProviderSearchSpec } from "./provider-search-sql";
import { decodeSearchCursor, encodeSearchCursor } from "./search-cursor";
import { ProviderSearchQuery, type AvailableWindow, type ParsedProviderSearch } from "./schemas";

/** Without a radius, a place or point still bounds the search: a customer rarely wants a provider 500 km away. */
export const DEFAULT_RADIUS_KM = 25;
/**
 * "Free on Saturday morning" runs the slot engine on candidates, after the cheap filters. At most
 * this many candidates are checked per request; the cursor resumes where the scan stopped.
 */
export const MAX_AVAILABILITY_CANDIDATES = 120;
/** Candidates fetched and checked together: one statement and one slot-input load per batch. */
export const AVAILABILITY_BATCH = 24;

const badQuery = (field: string, message: string) => new AppError("BAD_REQUEST", "Some query parameters are invalid", { fields: { [field]: [message] } });

/**
 * Public provider search (GET /api/providers and the /providers page): ranked text, filters,
 * distance, availability, keyset pages `{ data, nextCursor }`. Listed providers only.
 */
export async function searchProviders(query: unknown, { now = Date.now() }: { now?: number } = {}) {
  const input = parseQuery(ProviderSearchQuery, query);
  return cachedProviderSearch(input, () => search(input, now));
}

async function search(input: ParsedProviderSearch, now: number) {
  const spec = await specOf(input);
  if (!spec) return { data: [], nextCursor: null };
  const { found, last, exhausted } = input.available ? await availabilityScan(spec, input.available, input.limit, now) : await plainPage(spec, input.limit);

  const cards = await db.providerProfile.findMany({ where: { id: { in: found.map((r) => r.id) } }, select: providerCardSelect });
  const byId = new Map(cards.map((card) => [card.id, card]));
  const data = found.flatMap((row) => {
    const card = byId.get(row.id);
    return card ? [{ ...toProviderCard(card), distanceKm: row.distanceKm === null ? null : Math.round(row.distanceKm * 10) / 10 }] : [];
  });
  return { data, nextCursor: !exhausted && last ? encodeSearchCursor({ key: Number(last.key), id: last.id }) : null };
}

/** Rows of one page, the last row the cursor resumes after, and whether nothing follows it. */
interface ScanResult { found: ProviderSearchRow[]; last: ProviderSearchRow | null; exhausted: boolean }

/** One statement: a row beyond the page says whether there is a next one. */
async function plainPage(spec: ProviderSearchSpec, limit: number): Promise<ScanResult> {
  const rows = await runSearch({ ...spec, limit: limit + 1 });
  const found = rows.slice(0, limit);
  return { found, last: found[found.length - 1] ?? null, exhausted: rows.length <= limit };
}

/**
 * Candidates in result order, AVAILABILITY_BATCH at a time, each batch checked with the slot
 * engine in one go (providersFreeInWindow); at most MAX_AVAILABILITY_CANDIDATES per request. The
 * cursor is the last candidate checked, so the next page resumes the scan there.
 */
async function availabilityScan(spec: ProviderSearchSpec, window: AvailableWindow, limit: number, now: number): Promise<ScanResult> {
  const serviceWhere = serviceWhereOf(spec);
  const found: ProviderSearchRow[] = [];
  let scanned = 0;
  let last: ProviderSearchRow | null = null;
  let exhausted = false;
  while (found.length < limit && !exhausted && scanned < MAX_AVAILABILITY_CANDIDATES) {
    const batch = Math.min(AVAILABILITY_BATCH, MAX_AVAILABILITY_CANDIDATES - scanned);
    const rows = await runSearch({ ...spec, after: last ? { key: last.key, id: last.id } : spec.after, limit: batch });
    const free = await providersFreeInWindow(rows.map((row) => row.id), window, serviceWhere, now);
    let checked = 0;
    for (const row of rows) {
      last = row;
      checked++;
      if (free.has(row.id)) found.push(row);
      if (found.length === limit) break;
    }
    scanned += checked;
    exhausted = rows.length < batch && checked === rows.length;
  }
  return { found, last, exhausted };
}

/**
 * The SQL spec a query becomes (null: nothing can match), for EXPLAIN in scripts/bench/search.ts.
 * The same path as searchProviders, so the plans benchmarked are the plans served.
 */
export async function providerSearchSpec(query: unknown): Promise<ProviderSearchSpec | null> {
  return specOf(parseQuery(ProviderSearchQuery, query));
}

async function specOf(input: ParsedProviderSearch): Promise<ProviderSearchSpec | null> {
  const categoryIds = input.category ? await categorySubtreeIds(input.category) : null;
  if (categoryIds && categoryIds.length === 0) return null;
  const point = input.near ? await findPlace(input.near) : input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : null;
  if (input.radiusKm !== undefined && !point) throw badQuery("radiusKm", "A radius needs a place (near) or a point (lat and lng)");
  const text = input.q ? input.q : null;
  const sort = input.sort ?? (text ? "relevance" : point ? "distance" : "relevance");
  if (sort === "distance" && !point) throw badQuery("sort", "Sorting by distance needs a place (near) or a point (lat and lng)");
  return {
    text,
    categoryIds,
    city: input.city || null,
    minPrice: input.minPrice ?? null,
    maxPrice: input.maxPrice ?? null,
    minRating: input.minRating ?? null,
    verifiedOnly: input.verified ?? false,
    instantOnly: input.instant ?? false,
    origin: point ? { lat: point.lat, lng: point.lng, radiusKm: input.radiusKm ?? DEFAULT_RADIUS_KM } : null,
    sort,
    after: input.cursor ? decodeSearchCursor(input.cursor) : null,
    limit: input.limit,
  };
}

/** The services a search counts, as a Prisma filter for the availability check (the SQL has its own). */
function serviceWhereOf(spec: ProviderSearchSpec): Prisma.ServiceWhereInput {
  return {
    ...bookableServiceWhere,
    ...(spec.categoryIds ? { categoryId: { in: spec.categoryIds } } : {}),
    ...(spec.minPrice !== null || spec.maxPrice !== null
      ? { priceAmount: { ...(spec.minPrice !== null ? { gte: spec.minPrice } : {}), ...(spec.maxPrice !== null ? { lte: spec.maxPrice } : {}) } }
      : {}),
    ...(spec.instantOnly ? { bookingMode: "INSTANT" as const } : {}),
  };
}

/** Typo tolerance is a per-statement setting: it is set for this transaction only. */
async function runSearch(spec: ProviderSearchSpec): Promise<ProviderSearchRow[]> {
  const sql = providerSearchSql(spec);
  if (!spec.text) return db.$queryRaw<ProviderSearchRow[]>(sql);
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
    db.$queryRaw<ProviderSearchRow[]>(sql),
  ]);
  return rows;
}
