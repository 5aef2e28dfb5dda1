import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getRedisClient } from "./cache";
import { AppError } from "../core/errors";

export interface RateLimiterConfig {
  /** Namespaces the counters, e.g. "signin:account". */
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  /** Once exceeded, refuse for this long instead of until the window ends. */
  blockSeconds?: number;
  /**
   * Where counters live. Omitted: Redis when REDIS_URL is set (shared by every app instance),
   * memory otherwise. null forces memory; a client forces that Redis (tests).
   */
  redis?: Redis | null;
}

export interface RateLimiter {
  /** Counts one hit; throws AppError RATE_LIMITED with `retryAfterSeconds` once over the limit. */
  consume(key: string, points?: number): Promise<void>;
  /** Throws like consume when the key has already used up its points, without counting a hit. */
  check(key: string): Promise<void>;
  /** Forgets the key's hits (e.g. after a successful sign-in). */
  reset(key: string): Promise<void>;
}

function rateLimited(res: RateLimiterRes): AppError {
  return new AppError("RATE_LIMITED", "Too many attempts. Try again later.", {
    retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });
}

function build(config: RateLimiterConfig): RateLimiterAbstract {
  const options = {
    keyPrefix: `rl:${config.keyPrefix}`,
    points: config.points,
    duration: config.durationSeconds,
    blockDuration: config.blockSeconds ?? 0,
  };
  const redis = config.redis === undefined ? getRedisClient() : config.redis;
  if (!redis) return new RateLimiterMemory(options);
  // If Redis is unreachable, count in this process rather than failing every request (or letting
  // every attempt through): a per-instance limit is weaker but still a limit.
  return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
}

/** The store is chosen on first use, so importing this module opens no connection. */
export function createRateLimiter(config: RateLimiterConfig): RateLimiter {
  let limiter: RateLimiterAbstract | undefined;
  const store = () => (limiter ??= build(config));

  return {
    async consume(key, points = 1) {
      try {
        await store().consume(key, points);
      } catch (error) {
        // rate-limiter-flexible rejects with a RateLimiterRes when over the limit, an Error otherwise.
        if (error instanceof RateLimiterRes) throw rateLimited(error);
        throw error;
      }
    },
    async check(key) {
      const res = await store().get(key);
      if (res && res.consumedPoints >= config.points && res.msBeforeNext > 0) throw rateLimited(res);
    },
    async reset(key) {
      await store().delete(key);
    },
  };
}

/**
 * Sign-in counts failed attempts only: `check` before verifying the password (a blocked caller
 * never reaches the hash), `consume` after a failure, `reset` the account after a success. Account
 * keys are the normalised email, so case variants share one counter. The IP limit is looser because
 * many people can share one address (offices, mobile NAT).
 */
export const signInLimiters = {
  /** Slows guessing one account's password, from however many addresses. */
  perAccount: createRateLimiter({ keyPrefix: "signin:account", points: 5, durationSeconds: 15 * 60 }),
  /** Slows one address trying many accounts (credential stuffing). */
  perIp: createRateLimiter({ keyPrefix: "signin:ip", points: 20, durationSeconds: 15 * 60 }),
};
