import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { closeCache } from "./cache";
import { createRedisClient, quit, REDIS_PREFIX } from "./cache/redis";
import { AppError } from "../core/errors";
import { createRateLimiter, signInLimiters, type RateLimiter } from "./rate-limit";

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function exhaust(limiter: RateLimiter, key: string, points: number) {
  for (let i = 0; i < points; i++) await limiter.consume(key);
}

describe("rate limiter in memory", () => {
  it("allows `points` hits per window, then refuses with RATE_LIMITED and a retry delay", async () => {
    const limiter = createRateLimiter({ keyPrefix: "t1", points: 3, durationSeconds: 60, redis: null });
    await exhaust(limiter, "k", 3);
    const error = await rejection(limiter.consume("k"));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.status).toBe(429);
    const { retryAfterSeconds } = error.details as { retryAfterSeconds: number };
    expect(retryAfterSeconds).toBeGreaterThan(55);
    expect(retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("keeps keys apart and forgets a key on reset", async () => {
    const limiter = createRateLimiter({ keyPrefix: "t2", points: 1, durationSeconds: 60, redis: null });
    await limiter.consume("a");
    await limiter.consume("b");
    await expect(limiter.consume("a")).rejects.toThrow(AppError);
    await limiter.reset("a");
    await expect(limiter.consume("a")).resolves.toBeUndefined();
  });

  it("check refuses an exhausted key without counting a hit", async () => {
    const limiter = createRateLimiter({ keyPrefix: "t3", points: 2, durationSeconds: 60, redis: null });
    await limiter.check("k");
    await limiter.check("k");
    await limiter.consume("k");
    await limiter.check("k");
    await limiter.consume("k");
    expect((await rejection(limiter.check("k"))).code).toBe("RATE_LIMITED");
  });

  it("blocks for blockSeconds once exceeded, longer than the window", async () => {
    const limiter = createRateLimiter({ keyPrefix: "t4", points: 1, durationSeconds: 10, blockSeconds: 600, redis: null });
    await limiter.consume("k");
    const error = await rejection(limiter.consume("k"));
    expect((error.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(590);
  });
});

// Store chosen from the environment: Redis when REDIS_URL is set, memory otherwise.
describe("sign-in limiters", () => {
  afterAll(closeCache);

  it("sign-in limits: 5 per account and 20 per IP in 15 minutes", async () => {
    const account = `${randomUUID()}@example.com`;
    await exhaust(signInLimiters.perAccount, account, 5);
    const error = await rejection(signInLimiters.perAccount.consume(account));
    expect((error.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);
    await signInLimiters.perAccount.reset(account);

    const ip = `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;
    await exhaust(signInLimiters.perIp, ip, 20);
    await expect(signInLimiters.perIp.consume(ip)).rejects.toThrow("Too many attempts");
    await signInLimiters.perIp.reset(ip);
  });
});

describe("rate limiter on Redis", () => {
  const url = "redis://127.0.0.1:6379";
  const prefix = `test:${randomUUID()}`;
  let a: Redis;
  let b: Redis;

  beforeAll(() => {
    a = createRedisClient(url);
    b = createRedisClient(url);
  });
  afterAll(async () => {
    const keys = await a.keys(`${REDIS_PREFIX}rl:${prefix}*`);
    // KEYS returns full names; the client would prefix them again, so strip ours first.
    if (keys.length) await a.del(...keys.map((k) => k.slice(REDIS_PREFIX.length)));
    await quit(a);
    await quit(b);
  });

  it("shares one counter between app instances, stored under hearth:rl:<prefix>", async () => {
    const config = { keyPrefix: prefix, points: 4, durationSeconds: 60 };
    const instanceA = createRateLimiter({ ...config, redis: a });
    const instanceB = createRateLimiter({ ...config, redis: b });
    await exhaust(instanceA, "user@example.com", 2);
    await exhaust(instanceB, "user@example.com", 2);
    expect((await rejection(instanceA.consume("user@example.com"))).code).toBe("RATE_LIMITED");
    expect((await rejection(instanceB.check("user@example.com"))).code).toBe("RATE_LIMITED");
    expect(await a.get(`rl:${prefix}:user@example.com`)).toBe("5");

    await instanceB.reset("user@example.com");
    await expect(instanceA.consume("user@example.com")).resolves.toBeUndefined();
  });

  it("falls back to counting in memory when Redis is unreachable", async () => {
    const down = createRedisClient("redis://127.0.0.1:1", { maxRetriesPerRequest: 0, disconnectTimeout: 10 });
    try {
      const limiter = createRateLimiter({ keyPrefix: prefix, points: 2, durationSeconds: 60, redis: down });
      await exhaust(limiter, "k", 2);
      expect((await rejection(limiter.consume("k"))).code).toBe("RATE_LIMITED");
    } finally {
      down.disconnect();
    }
  });
});
