import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { createRedisCache, createRedisClient, createRedisPubSub, REDIS_PREFIX } from "./redis";
import type { CacheAdapter, PubSub } from "./types";

// Real Redis (it runs on developer and CI machines); REDIS_URL need not be set for this file.
const url = "redis://127.0.0.1:6379";
const ns = `test:${randomUUID()}:`;

/** Subscribes (awaiting the server's confirmation) and lets the test await the next message. */
async function listen(pubsub: PubSub, channel: string) {
  const messages: string[] = [];
  const waiting: ((m: string) => void)[] = [];
  const unsubscribe = await pubsub.subscribe(channel, (m) => {
    messages.push(m);
    waiting.shift()?.(m);
  });
  const next = () => new Promise<string>((resolve) => waiting.push(resolve));
  return { messages, next, unsubscribe };
}

describe("Redis cache", () => {
  let cache: CacheAdapter;
  let raw: Redis;

  beforeAll(() => {
    cache = createRedisCache({ url });
    raw = new Redis(url, { lazyConnect: true });
  });
  afterAll(async () => {
    await raw.del(`${REDIS_PREFIX}${ns}k`);
    await cache.close();
    await raw.quit();
  });

  it("sets with a TTL under the hearth: prefix, reads back and deletes", async () => {
    expect(await cache.ping()).toBe(true);
    await cache.set(`${ns}k`, "v", 30);
    expect(await cache.get(`${ns}k`)).toBe("v");
    expect(await raw.get(`${REDIS_PREFIX}${ns}k`)).toBe("v");
    const ttl = await raw.ttl(`${REDIS_PREFIX}${ns}k`);
    expect(ttl).toBeGreaterThan(25);
    expect(ttl).toBeLessThanOrEqual(30);

    await cache.del(`${ns}k`);
    expect(await cache.get(`${ns}k`)).toBeNull();
  });

  it("lets Redis expire entries", async () => {
    await cache.set(`${ns}short`, "v", 1);
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await cache.get(`${ns}short`)).toBeNull();
  });

  it("reports an unreachable server instead of hanging", async () => {
    // A refused socket never emits "close" again, so ioredis would wait out its disconnect timeout.
    const client = createRedisClient("redis://127.0.0.1:1", { disconnectTimeout: 10 });
    const unreachable = createRedisCache({ client });
    expect(await unreachable.ping()).toBe(false);
    client.disconnect();
  });
});

describe("Redis pub/sub across two app instances", () => {
  let a: PubSub;
  let b: PubSub;
  let raw: Redis;

  beforeAll(() => {
    a = createRedisPubSub({ url });
    b = createRedisPubSub({ url });
    raw = new Redis(url, { lazyConnect: true });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await raw.quit();
  });

  it("delivers a message published by one instance to a subscriber on the other", async () => {
    const onA = await listen(a, `${ns}bookings`);
    const arrived = onA.next();
    await b.publish(`${ns}bookings`, JSON.stringify({ bookingId: "b1" }));
    expect(JSON.parse(await arrived)).toEqual({ bookingId: "b1" });
    await onA.unsubscribe();
  });

  it("stops delivering to an unsubscribed listener and releases the Redis subscription", async () => {
    const channel = `${ns}slots`;
    const dropped = await listen(a, channel);
    const kept = await listen(a, channel);
    // One Redis subscription per channel and instance, named with the hearth: prefix.
    expect(await raw.pubsub("NUMSUB", `${REDIS_PREFIX}${channel}`)).toEqual([`${REDIS_PREFIX}${channel}`, 1]);
    await dropped.unsubscribe();
    const arrived = kept.next();
    await b.publish(channel, "after");
    expect(await arrived).toBe("after");
    expect(dropped.messages).toEqual([]);

    await kept.unsubscribe();
    const [, count] = (await raw.pubsub("NUMSUB", `${REDIS_PREFIX}${channel}`)) as [string, number];
    expect(Number(count)).toBe(0);
  });

  it("isolates a failing listener from the others on the same channel", async () => {
    const channel = `${ns}isolated`;
    const unsubscribeBroken = await a.subscribe(channel, () => {
      throw new Error("broken listener");
    });
    const healthy = await listen(a, channel);
    const arrived = healthy.next();
    await b.publish(channel, "still delivered");
    expect(await arrived).toBe("still delivered");
    await unsubscribeBroken();
    await healthy.unsubscribe();
  });
});
