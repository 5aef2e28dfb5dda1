import { getCache, type CacheAdapter } from "../adapters/cache";
import { db } from "../core/db";
import { logger } from "../core/logger";
import { FLAGS, type FlagKey } from "./catalog";

/** All flags' states under one key: one cache read per request however many flags it checks. */
export const FLAG_CACHE_KEY = "flags:v1";
/**
 * Short, because it bounds how stale a flag can be when the explicit invalidation after a change
 * is missed: a memory cache on another instance, or a reader that loaded the old row just before
 * the change committed and cached it just after the delete.
 */
export const FLAG_CACHE_TTL_SECONDS = 10;

export type FlagStates<K extends string = FlagKey> = Record<K, boolean>;

/** Where the states come from: the real catalog and cache entry, or (tests) a catalog of their own. */
export interface FlagSource<K extends string = FlagKey> {
  cache?: CacheAdapter;
  catalog?: Record<K, { default: boolean }>;
  cacheKey?: string;
}

async function loadFromDatabase<K extends string>(catalog: Record<K, { default: boolean }>): Promise<FlagStates<K>> {
  const keys = Object.keys(catalog) as K[];
  const rows = await db.featureFlag.findMany({ where: { key: { in: keys } }, select: { key: true, enabled: true } });
  const states = Object.fromEntries(keys.map((key) => [key, catalog[key].default])) as FlagStates<K>;
  for (const row of rows) if (Object.hasOwn(catalog, row.key)) states[row.key as K] = row.enabled;
  return states;
}

function parse<K extends string>(value: string | null, catalog: Record<K, { default: boolean }>): FlagStates<K> | null {
  if (value === null) return null;
  try {
    const stored = JSON.parse(value) as Partial<FlagStates<K>>;
    // A flag added since this value was cached takes its default rather than reading as off.
    const keys = Object.keys(catalog) as K[];
    return Object.fromEntries(keys.map((key) => [key, typeof stored[key] === "boolean" ? stored[key] : catalog[key].default])) as FlagStates<K>;
  } catch {
    return null;
  }
}

/**
 * The flags' states, through the process cache (Redis when REDIS_URL is set, so every instance
 * shares one entry and sees a change as soon as it is invalidated). If the cache fails, the
 * database answers: a cache outage must not switch features off or on.
 */
export async function readFlagStates<K extends string = FlagKey>(source: FlagSource<K> = {}): Promise<FlagStates<K>> {
  const cache = source.cache ?? getCache();
  const catalog = source.catalog ?? (FLAGS as unknown as Record<K, { default: boolean }>);
  const cacheKey = source.cacheKey ?? FLAG_CACHE_KEY;
  try {
    const cached = parse(await cache.get(cacheKey), catalog);
    if (cached) return cached;
  } catch (error) {
    logger.warn({ err: error }, "flag cache read failed; reading flags from the database");
    return loadFromDatabase(catalog);
  }
  const states = await loadFromDatabase(catalog);
  try {
    await cache.set(cacheKey, JSON.stringify(states), FLAG_CACHE_TTL_SECONDS);
  } catch (error) {
    logger.warn({ err: error }, "flag cache write failed");
  }
  return states;
}

/** Drops the cached states, so the next read on any instance sharing the cache loads the new ones. */
export async function invalidateFlagCache({ cache = getCache(), cacheKey = FLAG_CACHE_KEY }: { cache?: CacheAdapter; cacheKey?: string } = {}): Promise<void> {
  await cache.del(cacheKey);
}
