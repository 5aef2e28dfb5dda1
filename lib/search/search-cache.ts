import { createHash, randomUUID } from "node:crypto";
import { getCache } from "../adapters/cache";
import { logger } from "../core/logger";
import { metrics } from "../core/metrics/registry";

/**
 * Search results are cached briefly in the cache adapter (memory, or Redis shared by every
 * instance). Listing changes invalidate at once: every key carries a generation that
 * `invalidateProviderSearch` replaces, so stale entries are simply never read again and expire.
 * Bookings do not invalidate: an availability-aware result can be up to the TTL old, and the
 * booking itself re-checks the slot.
 */
export const SEARCH_CACHE_TTL_SECONDS = 30;
const GENERATION_KEY = "search:providers:generation";
const GENERATION_TTL_SECONDS = 7 * 24 * 3600;

function keyOf(generation: string, query: unknown): string {
  return `search:providers:${generation}:${createHash("sha256").update(JSON.stringify(query)).digest("base64url")}`;
}

/** The cached answer to this (parsed, so equivalent URLs share it) query, or `compute`'s. */
export async function cachedProviderSearch<T>(query: unknown, compute: () => Promise<T>): Promise<T> {
  const cache = getCache();
  let key: string | null = null;
  try {
    key = keyOf((await cache.get(GENERATION_KEY)) ?? "0", query);
    const hit = await cache.get(key);
    if (hit !== null) {
      metrics().searchCacheRequests.inc({ result: "hit" });
      return JSON.parse(hit) as T;
    }
  } catch (error) {
    // A cache that is down makes search slower, never broken.
    logger.warn({ err: error }, "search cache unavailable; searching without it");
  }
  metrics().searchCacheRequests.inc({ result: "miss" });
  const value = await compute();
  if (key) await cache.set(key, JSON.stringify(value), SEARCH_CACHE_TTL_SECONDS).catch((error: unknown) => logger.warn({ err: error }, "search cache write failed"));
  return value;
}

/** After a listing change: every cached search is from an older generation from now on. */
export async function invalidateProviderSearch(): Promise<void> {
  await getCache().set(GENERATION_KEY, randomUUID(), GENERATION_TTL_SECONDS);
}
