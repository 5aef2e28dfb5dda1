import { Prisma } from "../core/db";
import type { SearchCursor } from "./search-cursor";
import type { SearchSort } from "./schemas";

/**
 * The one SQL statement behind provider search: listed providers only, text relevance, filters,
 * distance and a keyset page over (key, id). It runs unchanged on PostgreSQL and PGlite: pg_trgm
 * for typos, built-in full-text search over stored documents for words, a latitude/longitude band
 * (a covering B-tree) plus the haversine formula for distance (docs/adr/012-provider-search.md).
 *
 * Its shape is what makes it fast at 100k+ providers: candidates (text hits, already cut to the
 * band when there is a place) are keyed and sorted from indexes alone, and only then are the
 * listing rule and the filters that need the row checked, in key order, until the page is full.
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

// Stored, generated tsvector columns (migration provider_search_document) with GIN indexes: ranking reads them, never re-parses.
const providerDocument = Prisma.sql`p."searchDocument"`;
const serviceDocument = Prisma.sql`s."searchDocument"`;
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

type Origin = NonNullable<ProviderSearchSpec["origin"]>;

/**
 * A box around the circle, on the columns of the covering (lat, lng, serviceRadiusKm, id) index:
 * the latitude band always; the longitude band where it is well defined (the circle reaches no pole
 * and does not cross the antimeridian), widened a little so rounding never loses an edge point.
 */
function boxWhere(alias: string, origin: Origin): Prisma.Sql {
  const lat = Prisma.raw(`${alias}."lat"`);
  const lng = Prisma.raw(`${alias}."lng"`);
  const band = origin.radiusKm / KM_PER_DEGREE_LATITUDE;
  const parts = [Prisma.sql`${lat} BETWEEN ${origin.lat - band}::float8 AND ${origin.lat + band}::float8`];
  const angle = origin.radiusKm / EARTH_RADIUS_KM;
  const toPole = ((90 - Math.abs(origin.lat)) * Math.PI) / 180;
  if (angle < toPole * 0.9) {
    const spread = (Math.asin(Math.min(1, Math.sin(angle) / Math.cos((origin.lat * Math.PI) / 180))) * 180) / Math.PI * 1.001 + 1e-6;
    if (origin.lng - spread > -180 && origin.lng + spread < 180) {
      parts.push(Prisma.sql`${lng} BETWEEN ${origin.lng - spread}::float8 AND ${origin.lng + spread}::float8`);
    }
  }
  return Prisma.join(parts, " AND ");
}

/**
 * Where one word hits, with a relevance per place: the profile (full-text on its document, trigrams
 * on its name), the services (the same on theirs) and the categories of the services. Full-text
 * and trigram hits on one row are one branch, so the row is read once (a BitmapOr of their two
 * GIN indexes) and their relevances added. With a place, every branch is cut to the box first, so
 * a common word near a place ranks the few hundred nearby hits, not every hit in the country.
 */
function wordHits(word: string, index: number, origin: Origin | null): Prisma.Sql {
  const query = Prisma.sql`plainto_tsquery('english', ${word})`;
  const profileInBox = origin ? Prisma.sql`AND ${boxWhere("p", origin)}` : Prisma.empty;
  // "IS TRUE" keeps this a hashed lookup in the box, not a join: joined, the planner probes every
  // provider in a dense box for its services (12k probes near Greenpoint), slower than the GIN hits.
  const serviceInBox = origin ? Prisma.sql`AND (s."providerId" IN (SELECT b.id FROM box b)) IS TRUE` : Prisma.empty;
  const rankOf = (document: Prisma.Sql, name: Prisma.Sql, documentWeight: number, nameWeight: number) => Prisma.sql`
        (CASE WHEN ${document} @@ ${query} THEN ${documentWeight}::float8 * ts_rank(${document}, ${query}) ELSE 0 END
         + CASE WHEN ${word} <% ${name} THEN ${nameWeight}::float8 * word_similarity(${word}, ${name}) ELSE 0 END)`;
  return Prisma.sql`
      SELECT p.id, ${index}::int AS word, ${rankOf(providerDocument, Prisma.sql`p."businessName"`, 1, 0.1)} AS rank
        FROM "ProviderProfile" p WHERE (${providerDocument} @@ ${query} OR ${word} <% p."businessName") ${profileInBox}
      UNION ALL
      SELECT s."providerId", ${index}, ${rankOf(serviceDocument, Prisma.sql`s."name"`, 0.8, 0.08)}
        FROM "Service" s WHERE (${serviceDocument} @@ ${query} OR ${word} <% s."name") AND ${bookable} ${serviceInBox}
      UNION ALL
      SELECT s."providerId", ${index}, 0.05::float8
        FROM "Service" s
       WHERE ${bookable} ${serviceInBox} AND s."categoryId" IN (
         SELECT c.id FROM "Category" c LEFT JOIN "Category" parent ON parent.id = c."parentId"
          WHERE to_tsvector('english', c."name" || ' ' || coalesce(parent."name", '')) @@ ${query}
             OR ${word} <% (c."name" || ' ' || coalesce(parent."name", '')))`;
}

/**
 * Providers that match every word of the query (stop words aside), each word in any place:
 * full-text on the profile, the services and their categories (stemmed: "cleaners" finds
 * "cleaning"), or trigrams on names for typos ("plumer" finds "plumber"). Relevance is the sum of
 * the hits, so a provider matching in several places ranks first. Every word must match, so
 * "Test Provider 1f3a" does not return every other "Test Provider".
 */
function textMatches(words: string[], origin: Origin | null): Prisma.Sql {
  // A stop word ("the", "and") has no full-text query of its own: it neither matches nor is required.
  const hits = Prisma.join(
    words.map((word, i) => Prisma.sql`SELECT * FROM (${wordHits(word, i, origin)}) h WHERE numnode(plainto_tsquery('english', ${word})) > 0`),
    " UNION ALL ",
  );
  // One bit per word: a bitwise OR aggregates by hashing, where count(DISTINCT …) has to sort.
  const required = Prisma.sql`(SELECT coalesce(sum(1 << (w.i - 1)::int), 0)::int
     FROM unnest(ARRAY[${Prisma.join(words)}]::text[]) WITH ORDINALITY w(word, i) WHERE numnode(plainto_tsquery('english', w.word)) > 0)`;
  return Prisma.sql`
    SELECT hit.id, sum(hit.rank)::float8 AS rank FROM (${hits}) hit
    GROUP BY hit.id
    HAVING bit_or(1 << hit.word) = ${required}`;
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

/** Whether the sort key or the distance needs the profile row (or, for the covering index, its band columns). */
const keyNeedsProfile = (spec: ProviderSearchSpec, hasText: boolean) => spec.origin !== null || !hasText || spec.sort !== "relevance";

/**
 * The candidates, keyed, in page order: text hits and/or the circle, before any check that needs
 * the whole row. A text-only relevance search reads no profile row here at all; a search by place
 * reads only the covering index. ORDER BY keeps the planner from merging this into the outer query.
 */
function candidates(spec: ProviderSearchSpec, words: string[]): Prisma.Sql {
  const hasText = words.length > 0;
  const distance = spec.origin ? distanceKm(spec.origin) : null;
  const where: Prisma.Sql[] = [];
  if (spec.origin && distance) {
    where.push(boxWhere("p", spec.origin));
    where.push(Prisma.sql`${distance} <= ${spec.origin.radiusKm}::float8`);
    // A provider who states how far they travel is not offered beyond it.
    where.push(Prisma.sql`(p."serviceRadiusKm" IS NULL OR ${distance} <= p."serviceRadiusKm")`);
  }
  const key = sortKey(spec, distance, hasText);
  const from = !hasText
    ? Prisma.sql`"ProviderProfile" p`
    : keyNeedsProfile(spec, hasText)
      ? Prisma.sql`(${textMatches(words, spec.origin)}) m JOIN "ProviderProfile" p ON p.id = m.id`
      : Prisma.sql`(${textMatches(words, spec.origin)}) m`;
  const id = hasText ? Prisma.sql`m.id` : Prisma.sql`p.id`;
  const keyed = Prisma.sql`
      SELECT ${id} AS id, ${key} AS key, ${distance ?? Prisma.sql`NULL::float8`} AS "distanceKm"
        FROM ${from}
       ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty}`;
  const after = spec.after ? Prisma.sql`WHERE (k.key > ${spec.after.key}::float8 OR (k.key = ${spec.after.key}::float8 AND k.id > ${spec.after.id}))` : Prisma.empty;
  return Prisma.sql`SELECT k.id, k.key, k."distanceKm" FROM (${keyed}) k ${after} ORDER BY k.key ASC, k.id ASC`;
}

export function providerSearchSql(spec: ProviderSearchSpec): Prisma.Sql {
  const where: Prisma.Sql[] = [
    // The same rule as listedProviderWhere (lib/providers/listing-readiness.ts); a test holds them equal.
    Prisma.sql`p."payoutsEnabled"`,
    Prisma.sql`p."businessName" <> '' AND p."headline" <> '' AND p."bio" <> '' AND p."city" <> ''`,
    Prisma.sql`EXISTS (SELECT 1 FROM "User" u WHERE u.id = p."userId" AND u."disabledAt" IS NULL)`,
    Prisma.sql`p."hiddenAt" IS NULL`,
    Prisma.sql`EXISTS (SELECT 1 FROM "AvailabilityRule" a WHERE a."providerId" = p.id)`,
    Prisma.sql`EXISTS (SELECT 1 FROM "Service" s WHERE s."providerId" = p.id AND ${serviceFilter(spec)})`,
  ];
  if (spec.city) where.push(Prisma.sql`lower(p."city") = lower(${spec.city})`);
  if (spec.verifiedOnly) where.push(Prisma.sql`p."verification" = 'VERIFIED'`);
  if (spec.minRating !== null) where.push(Prisma.sql`p."ratingCount" > 0 AND p."ratingSum" >= ${spec.minRating}::float8 * p."ratingCount"`);
  const words = spec.text ? queryWords(spec.text) : [];
  // The providers in the box, once, for the text branches on services (they have no location of their own).
  const box = spec.origin && words.length > 0
    ? Prisma.sql`WITH box AS MATERIALIZED (SELECT p.id FROM "ProviderProfile" p WHERE ${boxWhere("p", spec.origin)})`
    : Prisma.empty;
  // The candidates arrive sorted; a nested loop keeps that order, so LIMIT stops the row checks early.
  return Prisma.sql`${box}
    SELECT c.id, c.key, c."distanceKm"
      FROM (${candidates(spec, words)}) c JOIN "ProviderProfile" p ON p.id = c.id
     WHERE ${Prisma.join(where, " AND ")}
     ORDER BY c.key ASC, c.id ASC
     LIMIT ${spec.limit}`;
}
