import type { Redis } from "ioredis";
import { env } from "../../core/env";
import { createMemoryCache, createMemoryPubSub } from "./memory";
import { createRedisCache, createRedisClient, createRedisPubSub, quit } from "./redis";
import type { CacheAdapter, PubSub } from "./types";
import { withCacheMetrics } from "./metrics";

export type { CacheAdapter, PubSub, PubSubListener, Unsubscribe } from "./types";
export { createMemoryCache, createMemoryPubSub, type MemoryCacheOptions } from "./memory";
export { createRedisCache, createRedisClient, createRedisPubSub, REDIS_PREFIX, type RedisCacheConfig } from "./redis";

interface CacheState {
  redis?: Redis;
  cache?: CacheAdapter;
  pubsub?: PubSub;
}

// On globalThis so dev-server module reloads reuse connections instead of leaking them.
const holder = globalThis as unknown as { __hearthCache?: CacheState };
const state = (): CacheState => (holder.__hearthCache ??= {});

/** The process's command connection, or null without REDIS_URL. The rate limiter shares it. */
export function getRedisClient(): Redis | null {
  if (!env.REDIS_URL) return null;
  return (state().redis ??= createRedisClient(env.REDIS_URL));
}

export function getCache(): CacheAdapter {
  const redis = getRedisClient();
  // Counted here, so every reader of the process cache feeds hearth_cache_requests_total.
  return (state().cache ??= withCacheMetrics(redis ? createRedisCache({ client: redis }) : createMemoryCache()));
}

/** Redis pub/sub reaches every app instance; the memory one only this process. */
export function getPubSub(): PubSub {
  return (state().pubsub ??= env.REDIS_URL ? createRedisPubSub({ url: env.REDIS_URL }) : createMemoryPubSub());
}

/** Closes whatever was opened; tests and graceful shutdown call it. */
export async function closeCache(): Promise<void> {
  const current = holder.__hearthCache;
  holder.__hearthCache = undefined;
  if (!current) return;
  await current.cache?.close();
  await current.pubsub?.close();
  if (current.redis) await quit(current.redis);
}
