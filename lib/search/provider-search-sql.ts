import { Prisma } from "../core/db";
import type { SearchCursor } from "./search-cursor";
import type { SearchSort } from "./schemas";

/**
 * The one SQL statement behind provider search: listed providers only, text relevance, filters,
 * distance and a keyset page over (key, id). It runs unchanged on PostgreSQL and PGlite: pg_trgm
 * for typos, built-in full-text search for words, a latitude band (B-tree) plus the haversine
 * formula for distance (docs/adr/012-provider-search.md).
 */
export interface ProviderSearchSpec {
  text: string | null;
  categoryIds: string[] | null;
  city: string | null;
  minPrice: number | null;
  maxPrice: number | null;
  minRating: number | null;
  verifiedOnly: boolean;
  instantOnly: boolean;
  origin: { lat: number; lng: number; radiusKm: number } | null;
  sort: SearchSort;
  after: SearchCursor | null;
  limit: number;
}

export interface ProviderSearchRow {
  id: string;
  key: number;
  distanceKm: number | null;
}

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LATITUDE = 111.045;
/** An unrated provider counts as this many ratings of 4 stars, so one 5-star review does not outrank a hundred 4.9s. */
const RATING_PRIOR = { count: 2, mean: 4 };
/** Below this, a trigram match is noise; pg_trgm's default (0.6) misses "plumer" for "plumber" (0.57). */
export const WORD_SIMILARITY_THRESHOLD = 0.4;

// The exact expressions of the full-text indexes (migration provider_search), so the planner uses them.
const providerDocument = Prisma.sql`to_tsvector('english', p."businessName" || ' ' || p."headline" || ' ' || p."bio")`;
const serviceDocument = Prisma.sql`to_tsvector('english', s."name" || ' ' || s."description")`;
const bookable = Prisma.sql`s."active" AND s."archivedAt" IS NULL`;

/** Services that count for this search: bookable, and in the category, price and booking mode asked for. */
function serviceFilter(spec: ProviderSearchSpec): Prisma.Sql {
  const parts = [bookable];
  if (spec.categoryIds) parts.push(Prisma.sql`s."categoryId" IN (${Prisma.join(spec.categoryIds)})`);
  if (spec.minPrice !== null) parts.push(Prisma.sql`s."priceAmount" >= ${spec.minPrice}`);
  if (spec.maxPrice !== null) parts.push(Prisma.sql`s."priceAmount" <= ${spec.maxPrice}`);
  if (spec.instantOnly) parts.push(Prisma.sql`s."bookingMode" = 'INSTANT'`);
  return Prisma.join(parts, " AND ");
}

/** At most this many words of a query count; a longer query adds noise, not precision. */
export const MAX_QUERY_WORDS = 8;

/** The words of a query, lower-cased, each once; one-letter words say too little to match on. */
export function queryWords(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1);
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

/** Where one word hits, with a relevance per hit; every branch has an index of its own. */
function wordHits(word: string, index: number): Prisma.Sql {
  const query = Prisma.sql`plainto_tsquery('english', ${word})`;
  return Prisma.sql`
      SELECT p.id, ${index}::int AS word, ts_rank(${providerDocument}, ${query}) AS rank
        FROM "ProviderProfile" p WHERE ${providerDocument} @@ ${query}
      UNION ALL
      SELECT s."providerId", ${index}, 0.8 * ts_rank(${serviceDocument}, ${query})
        FROM "Service" s WHERE ${serviceDocument} @@ ${query} AND ${bookable}
      UNION ALL
      SELECT s."providerId", ${index}, 0.05
        FROM "Service" s JOIN "Category" c ON c.id = s."categoryId" LEFT JOIN "Category" parent ON parent.id = c."parentId"
       WHERE ${bookable} AND (to_tsvector('english', c."name" || ' ' || coalesce(parent."name", '')) @@ ${query}
                              OR ${word} <% (c."name" || ' ' || coalesce(parent."name", '')))
      UNION ALL
      SELECT p.id, ${index}, 0.1 * word_similarity(${word}, p."businessName")
        FROM "ProviderProfile" p WHERE ${word} <% p."businessName"
      UNION ALL
      SELECT s."providerId", ${index}, 0.08 * word_similarity(${word}, s."name")
        FROM "Service" s WHERE ${word} <% s."name" AND ${bookable}`;
}

/**
 * Providers that match every word of the query (stop words aside), each word in any place:
 * full-text on the profile, the services and their categories (stemmed: "cleaners" finds
 * "cleaning"), or trigrams on names for typos ("plumer" finds "plumber"). Relevance is the sum of
 * the hits, so a provider matching in several places ranks first. Every word must match, so
 * "Test Provider 1f3a" does not return every other "Test Provider".
 */
function textMatches(words: string[]): Prisma.Sql {
  // A stop word ("the", "and") has no full-text query of its own: it neither matches nor is required.
  const hits = Prisma.join(
    words.map((word, i) => Prisma.sql`SELECT * FROM (${wordHits(word, i)}) h WHERE numnode(plainto_tsquery('english', ${word})) > 0`),
    " UNION ALL ",
  );
  const required = Prisma.sql`(SELECT count(*) FROM unnest(ARRAY[${Prisma.join(words)}]::text[]) w WHERE numnode(plainto_tsquery('english', w)) > 0)`;
  return Prisma.sql`
    SELECT hit.id, sum(hit.rank)::float8 AS rank FROM (${hits}) hit
    GROUP BY hit.id
    HAVING count(DISTINCT hit.word) >= ${required}`;
}

function distanceKm(origin: { lat: number; lng: number }): Prisma.Sql {
  return Prisma.sql`(2 * ${EARTH_RADIUS_KM}::float8 * asin(sqrt(
    power(sin(radians(p."lat" - ${origin.lat}::float8) / 2), 2) +
    cos(radians(${origin.lat}::float8)) * cos(radians(p."lat")) * power(sin(radians(p."lng" - ${origin.lng}::float8) / 2), 2))))`;
}

function sortKey(spec: ProviderSearchSpec, distance: Prisma.Sql | null, hasText: boolean): Prisma.Sql {
  switch (spec.sort) {
    case "distance":
      return distance ?? Prisma.sql`0::float8`;
    case "price":
      return Prisma.sql`(SELECT min(s."priceAmount") FROM "Service" s WHERE s."providerId" = p.id AND ${serviceFilter(spec)})::float8`;
    case "rating":
      return Prisma.sql`(-(p."ratingSum" + ${RATING_PRIOR.count * RATING_PRIOR.mean}) / (p."ratingCount" + ${RATING_PRIOR.count})::float8)`;
    case "relevance":
      return hasText ? Prisma.sql`(-m.rank)` : Prisma.sql`(-p."ratingCount")::float8`;
  }
}

export function providerSearchSql(spec: ProviderSearchSpec): Prisma.Sql {
  const distance = spec.origin ? distanceKm(spec.origin) : null;
  const where: Prisma.Sql[] = [
    // The same rule as listedProviderWhere (lib/providers/listing-readiness.ts); a test holds them equal.
    Prisma.sql`p."payoutsEnabled"`,
    Prisma.sql`p."businessName" <> '' AND p."headline" <> '' AND p."bio" <> '' AND p."city" <> ''`,
    Prisma.sql`EXISTS (SELECT 1 FROM "User" u WHERE u.id = p."userId" AND u."disabledAt" IS NULL)`,
    Prisma.sql`EXISTS (SELECT 1 FROM "AvailabilityRule" a WHERE a."providerId" = p.id)`,
    Prisma.sql`EXISTS (SELECT 1 FROM "Service" s WHERE s."providerId" = p.id AND ${serviceFilter(spec)})`,
  ];
  if (spec.city) where.push(Prisma.sql`lower(p."city") = lower(${spec.city})`);
  if (spec.verifiedOnly) where.push(Prisma.sql`p."verification" = 'VERIFIED'`);
  if (spec.minRating !== null) where.push(Prisma.sql`p."ratingCount" > 0 AND p."ratingSum" >= ${spec.minRating}::float8 * p."ratingCount"`);
  if (spec.origin && distance) {
    const band = spec.origin.radiusKm / KM_PER_DEGREE_LATITUDE;
    where.push(Prisma.sql`p."lat" BETWEEN ${spec.origin.lat - band}::float8 AND ${spec.origin.lat + band}::float8`);
    where.push(Prisma.sql`${distance} <= ${spec.origin.radiusKm}::float8`);
    // A provider who states how far they travel is not offered beyond it.
    where.push(Prisma.sql`(p."serviceRadiusKm" IS NULL OR ${distance} <= p."serviceRadiusKm")`);
  }
  const words = spec.text ? queryWords(spec.text) : [];
  const hasText = words.length > 0;
  const matched = hasText ? Prisma.sql`JOIN (${textMatches(words)}) m ON m.id = p.id` : Prisma.empty;
  const after = spec.after ? Prisma.sql`WHERE (r.key > ${spec.after.key}::float8 OR (r.key = ${spec.after.key}::float8 AND r.id > ${spec.after.id}))` : Prisma.empty;
  return Prisma.sql`
    SELECT r.id, r.key, r."distanceKm" FROM (
      SELECT p.id, ${sortKey(spec, distance, hasText)} AS key, ${distance ?? Prisma.sql`NULL::float8`} AS "distanceKm"
        FROM "ProviderProfile" p ${matched}
       WHERE ${Prisma.join(where, " AND ")}
    ) r ${after}
    ORDER BY r.key ASC, r.id ASC
    LIMIT ${spec.limit}`;
}
