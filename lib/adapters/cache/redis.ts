import { Redis, type RedisOptions } from "ioredis";
import { logger } from "../../core/logger";
import { assertTtl, deliver } from "./memory";
import type { CacheAdapter, PubSub, PubSubListener } from "./types";

/** Namespaces keys and channels when several apps share one Redis. */
export const REDIS_PREFIX = "hearth:";

/**
 * lazyConnect: importing a module or building the app must not open sockets. A bounded
 * per-request retry makes a Redis outage fail requests quickly instead of queueing them.
 */
export function createRedisClient(url: string, overrides: RedisOptions = {}): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    keyPrefix: REDIS_PREFIX,
    maxRetriesPerRequest: 2,
    connectTimeout: 5_000,
    ...overrides,
  });
  // Without a listener ioredis reports every reconnect attempt as an unhandled error event.
  client.on("error", (error) => logger.warn({ err: error }, "redis connection error"));
  return client;
}

export interface RedisCacheConfig {
  url?: string;
  /** Share an existing connection (the rate limiter and the cache use one per process). */
  client?: Redis;
}

export function createRedisCache({ url, client: shared }: RedisCacheConfig): CacheAdapter {
  if (!shared && !url) throw new Error("createRedisCache needs a url or a client");
  const client = shared ?? createRedisClient(url!);
  return {
    name: "redis",
    async get(key) {
      return client.get(key);
    },
    async set(key, value, ttlSeconds) {
      assertTtl(ttlSeconds);
      await client.set(key, value, "EX", ttlSeconds);
    },
    async del(key) {
      await client.del(key);
    },
    async ping() {
      try {
        return (await client.ping()) === "PONG";
      } catch {
        return false;
      }
    },
    async close() {
      // A shared client belongs to whoever created it.
      if (!shared) await quit(client);
    },
  };
}

/**
 * A connection in subscriber mode can run no other command, hence a second connection.
 * Channel names are not keys, so ioredis' keyPrefix does not apply: they are prefixed here.
 */
export function createRedisPubSub({ url }: { url: string }): PubSub {
  const publisher = createRedisClient(url);
  const subscriber = createRedisClient(url);
  const channels = new Map<string, { listeners: Set<PubSubListener>; ready: Promise<unknown> }>();

  subscriber.on("message", (prefixed: string, message: string) => {
    const channel = prefixed.slice(REDIS_PREFIX.length);
    for (const listener of channels.get(channel)?.listeners ?? []) deliver(listener, channel, message);
  });

  return {
    name: "redis",
    async publish(channel, message) {
      await publisher.publish(REDIS_PREFIX + channel, message);
    },
    async subscribe(channel, listener) {
      let entry = channels.get(channel);
      if (!entry) {
        // ioredis re-subscribes after a reconnect, so SUBSCRIBE is sent once per channel; later
        // subscribers of the same channel wait on the same confirmation.
        entry = { listeners: new Set(), ready: subscriber.subscribe(REDIS_PREFIX + channel) };
        channels.set(channel, entry);
      }
      entry.listeners.add(listener);
      try {
        await entry.ready;
      } catch (error) {
        entry.listeners.delete(listener);
        if (channels.get(channel) === entry && entry.listeners.size === 0) channels.delete(channel);
        throw error;
      }
      return async () => {
        const current = channels.get(channel);
        if (!current?.listeners.delete(listener) || current.listeners.size > 0) return;
        channels.delete(channel);
        await subscriber.unsubscribe(REDIS_PREFIX + channel);
      };
    },
    async close() {
      channels.clear();
      await Promise.all([quit(publisher), quit(subscriber)]);
    },
  };
}

/** QUIT lets pending replies arrive; a client that is not connected has none, and QUIT would queue. */
export async function quit(client: Redis): Promise<void> {
  if (client.status !== "ready") {
    client.disconnect();
    return;
  }
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}
