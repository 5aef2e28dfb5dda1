import { EventEmitter } from "node:events";
import { logger } from "../../core/logger";
import type { CacheAdapter, PubSub, PubSubListener } from "./types";

export interface MemoryCacheOptions {
  /** Injected for tests. */
  now?: () => number;
  /** Past this many entries, expired ones are swept on the next set. */
  sweepAbove?: number;
}

/** One process only: fine for development and a single PGlite instance, not for several pods. */
export function createMemoryCache({ now = Date.now, sweepAbove = 10_000 }: MemoryCacheOptions = {}): CacheAdapter {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  let sweepAt = sweepAbove;

  // Expiry is checked on read rather than with timers, so the cache never holds the process open.
  function sweep() {
    const at = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= at) entries.delete(key);
  }

  return {
    name: "memory",
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return null;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return null;
      }
      return entry.value;
    },
    async set(key, value, ttlSeconds) {
      assertTtl(ttlSeconds);
      if (entries.size >= sweepAt) {
        sweep();
        // Many live entries would otherwise make every set sweep the whole map.
        sweepAt = Math.max(sweepAbove, entries.size * 2);
      }
      entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
    },
    async del(key) {
      entries.delete(key);
    },
    async ping() {
      return true;
    },
    async close() {
      entries.clear();
    },
  };
}

export function createMemoryPubSub(): PubSub {
  const emitter = new EventEmitter();
  // Any number of request handlers may subscribe; the default of 10 would only produce warnings.
  emitter.setMaxListeners(0);

  return {
    name: "memory",
    async publish(channel, message) {
      // Asynchronous like Redis: a publisher never runs its subscribers inside its own call stack.
      const listeners = emitter.listeners(channel) as PubSubListener[];
      setImmediate(() => listeners.forEach((listener) => deliver(listener, channel, message)));
    },
    async subscribe(channel, listener) {
      emitter.on(channel, listener);
      return async () => {
        emitter.off(channel, listener);
      };
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/** One failing listener must not stop the others or crash the process. */
export function deliver(listener: PubSubListener, channel: string, message: string): void {
  try {
    Promise.resolve(listener(message)).catch((error) => logger.error({ err: error, channel }, "pub/sub listener failed"));
  } catch (error) {
    logger.error({ err: error, channel }, "pub/sub listener failed");
  }
}

export function assertTtl(ttlSeconds: number): void {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new RangeError("ttlSeconds must be a positive integer");
}
