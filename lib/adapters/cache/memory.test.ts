import { createMemoryCache, createMemoryPubSub } from "./memory";

describe("memory cache", () => {
  it("returns values until their TTL passes, then misses", async () => {
    let clock = 1_000_000;
    const cache = createMemoryCache({ now: () => clock });
    await cache.set("k", "v", 10);
    expect(await cache.get("k")).toBe("v");
    clock += 9_999;
    expect(await cache.get("k")).toBe("v");
    clock += 1;
    expect(await cache.get("k")).toBeNull();
  });

  it("deletes, overwrites and refuses a non-positive TTL", async () => {
    const cache = createMemoryCache();
    await cache.set("k", "1", 60);
    await cache.set("k", "2", 60);
    expect(await cache.get("k")).toBe("2");
    await cache.del("k");
    expect(await cache.get("k")).toBeNull();
    await expect(cache.set("k", "v", 0)).rejects.toThrow(RangeError);
    expect(await cache.ping()).toBe(true);
  });

  it("sweeps expired entries once it grows, without touching live ones", async () => {
    let clock = 0;
    const cache = createMemoryCache({ now: () => clock, sweepAbove: 2 });
    await cache.set("old", "x", 1);
    await cache.set("live", "y", 100);
    clock = 5_000;
    await cache.set("new", "z", 1);
    expect(await cache.get("live")).toBe("y");
    expect(await cache.get("new")).toBe("z");
  });
});

describe("memory pub/sub", () => {
  it("delivers asynchronously to every listener of the channel, isolating failures", async () => {
    const pubsub = createMemoryPubSub();
    const received: string[] = [];
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    await pubsub.subscribe("c", () => {
      throw new Error("a broken listener");
    });
    const unsubscribe = await pubsub.subscribe("c", (m) => {
      received.push(m);
      resolve();
    });
    await pubsub.subscribe("other", (m) => void received.push(`other:${m}`));

    await pubsub.publish("c", "hello");
    expect(received).toEqual([]);
    await done;
    expect(received).toEqual(["hello"]);

    await unsubscribe();
    await pubsub.publish("c", "again");
    await new Promise((r) => setImmediate(r));
    expect(received).toEqual(["hello"]);
    await pubsub.close();
  });
});
