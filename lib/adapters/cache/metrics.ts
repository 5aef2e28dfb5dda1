import type { CacheAdapter } from "./types";
import { metrics } from "../../core/metrics/registry";

/** The same adapter, counting each read as a hit or a miss (hearth_cache_requests_total). */
export function withCacheMetrics(cache: CacheAdapter): CacheAdapter {
  return {
    ...cache,
    name: cache.name,
    async get(key) {
      const value = await cache.get(key);
      metrics().cacheRequests.inc({ adapter: cache.name, result: value === null ? "miss" : "hit" });
      return value;
    },
    set: (key, value, ttlSeconds) => cache.set(key, value, ttlSeconds),
    del: (key) => cache.del(key),
    ping: () => cache.ping(),
    close: () => cache.close(),
  };
}
