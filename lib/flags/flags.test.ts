import { randomUUID } from "node:crypto";
import { createMemoryCache, createRedisCache, getCache, type CacheAdapter } from "../adapters/cache";
import { db, databaseKind } from "../core/db";
import { AppError } from "../core/errors";
import { setupTestDatabase } from "../testing/test-database";
import { makeAdmin, makeCustomer, makeProvider } from "../testing/factories";
import { FLAGS } from "./catalog";
import { FLAG_CACHE_KEY, FLAG_CACHE_TTL_SECONDS, invalidateFlagCache, readFlagStates } from "./flag-cache";
import { assertEnabled, isEnabled } from "./is-enabled";
import { listFeatureFlags } from "./list-feature-flags";
import { withFlagOverrides } from "./overrides";
import { setFeatureFlag } from "./set-feature-flag";

setupTestDatabase();

const actorOf = (user: { id: string; role: "ADMIN" | "CUSTOMER" | "PROVIDER" }, providerId: string | null = null) => ({ userId: user.id, role: user.role, isSuperAdmin: false, providerId });

// Flags of this file only, so flipping them for real never pauses a feature for test files
// running beside it on a shared PostgreSQL database.
function testCatalog() {
  const on = `test.on-${randomUUID()}`;
  const off = `test.off-${randomUUID()}`;
  return { on, off, catalog: { [on]: { default: true }, [off]: { default: false } }, cacheKey: `flags:test:${randomUUID()}` };
}
const store = (key: string, enabled: boolean) => db.featureFlag.upsert({ where: { key }, create: { key, enabled }, update: { enabled } });

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("reading flags through the cache", () => {
  it("gives the defaults without rows, the stored state with one, and caches it until invalidated", async () => {
    const { on, off, catalog, cacheKey } = testCatalog();
    const cache = createMemoryCache();
    const source = { cache, catalog, cacheKey };
    expect(await readFlagStates(source)).toEqual({ [on]: true, [off]: false });

    await store(on, false);
    // Still the cached answer: the cache, not the database, is read on the hot path.
    expect((await readFlagStates(source))[on]).toBe(true);
    await invalidateFlagCache({ cache, cacheKey });
    expect((await readFlagStates(source))[on]).toBe(false);
  });

  it("picks a change up after the short TTL on an instance whose cache was not invalidated", async () => {
    const { on, catalog, cacheKey } = testCatalog();
    let clock = 1_000_000;
    const otherInstance = createMemoryCache({ now: () => clock });
    const source = { cache: otherInstance, catalog, cacheKey };
    expect((await readFlagStates(source))[on]).toBe(true);
    await store(on, false);
    clock += FLAG_CACHE_TTL_SECONDS * 1000 - 1;
    expect((await readFlagStates(source))[on]).toBe(true);
    clock += 1;
    expect((await readFlagStates(source))[on]).toBe(false);
    expect(FLAG_CACHE_TTL_SECONDS).toBeLessThanOrEqual(30);
  });

  it("shares one entry between instances on Redis: one invalidation reaches both at once", async () => {
    const { on, catalog, cacheKey } = testCatalog();
    const a = createRedisCache({ url: "redis://127.0.0.1:6379" });
    const b = createRedisCache({ url: "redis://127.0.0.1:6379" });
    try {
      expect((await readFlagStates({ cache: a, catalog, cacheKey }))[on]).toBe(true);
      expect((await readFlagStates({ cache: b, catalog, cacheKey }))[on]).toBe(true);
      await store(on, false);
      await invalidateFlagCache({ cache: a, cacheKey });
      expect((await readFlagStates({ cache: b, catalog, cacheKey }))[on]).toBe(false);
    } finally {
      await a.del(cacheKey);
      await a.close();
      await b.close();
    }
  });

  it("reads the database when the cache fails, rather than guessing", async () => {
    const { on, catalog, cacheKey } = testCatalog();
    await store(on, false);
    const broken: CacheAdapter = {
      ...createMemoryCache(),
      get: async () => {
        throw new Error("connection refused");
      },
    };
    expect((await readFlagStates({ cache: broken, catalog, cacheKey }))[on]).toBe(false);
  });

  it("ignores a cached value that is not JSON and fills in flags the cached value lacks with their defaults", async () => {
    const { on, off, catalog, cacheKey } = testCatalog();
    const cache = createMemoryCache();
    await cache.set(cacheKey, "not json", 60);
    expect(await readFlagStates({ cache, catalog, cacheKey })).toEqual({ [on]: true, [off]: false });
    await cache.set(cacheKey, JSON.stringify({ [off]: true }), 60);
    expect(await readFlagStates({ cache, catalog, cacheKey })).toEqual({ [on]: true, [off]: true });
  });

  it("isEnabled answers for the known flags (kill switches default to on); overrides apply inside their scope only", async () => {
    await withFlagOverrides({ messaging: false }, async () => {
      expect(await isEnabled("messaging")).toBe(false);
      const error = await rejection(assertEnabled("messaging"));
      expect(error).toMatchObject({ code: "FEATURE_DISABLED", status: 503, message: FLAGS.messaging.pausedMessage, details: { flag: "messaging" } });
    });
    for (const definition of Object.values(FLAGS)) expect(definition.default).toBe(true);
  });
});

describe("setting a flag", () => {
  it("is for admins only: others get 403 and nothing is written", async () => {
    const customer = actorOf(await makeCustomer());
    const provider = await makeProvider();
    const before = await db.auditLog.count({ where: { entityType: "FeatureFlag" } });
    for (const actor of [customer, actorOf(provider.user, provider.id)]) {
      expect(await rejection(setFeatureFlag({ actor, key: "bookings.create", enabled: true, reason: "testing the policy" }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await rejection(listFeatureFlags({ actor }))).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.auditLog.count({ where: { entityType: "FeatureFlag" } })).toBe(before);
  });

  it("needs a known flag and a reason", async () => {
    const admin = actorOf(await makeAdmin());
    expect(await rejection(setFeatureFlag({ actor: admin, key: "bookings.create", enabled: true, reason: " " }))).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(await rejection(setFeatureFlag({ actor: admin, key: "nope" as "payouts", enabled: true, reason: "a typo" }))).toMatchObject({ code: "VALIDATION_FAILED" });
  });

  it("writes the row, an AuditLog entry and an outbox event together, and drops the cached states", async () => {
    const admin = actorOf(await makeAdmin());
    // On PGlite this file owns its database and flips the switch for real; a shared PostgreSQL
    // keeps it on (other test files book at the same time) and still records the change.
    const target = databaseKind() === "pglite" ? false : true;
    expect(await isEnabled("bookings.create")).toBe(true);
    expect(await getCache().get(FLAG_CACHE_KEY)).not.toBeNull();

    const reason = `Incident ${randomUUID()}: the processor double-charges`;
    const flag = await setFeatureFlag({ actor: admin, key: "bookings.create", enabled: target, reason });
    expect(flag).toMatchObject({ key: "bookings.create", enabled: target, defaultEnabled: true, kind: "kill-switch", updatedAt: expect.any(String) });
    expect(await getCache().get(FLAG_CACHE_KEY)).toBeNull();
    expect(await isEnabled("bookings.create")).toBe(target);
    expect((await listFeatureFlags({ actor: admin })).find((f) => f.key === "bookings.create")).toMatchObject({ enabled: target });

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "FeatureFlag", entityId: "bookings.create", actorId: admin.userId } });
    expect(audit).toMatchObject({ action: "feature_flag.changed", data: { key: "bookings.create", enabled: target, previous: true, reason } });
    const events = await db.outboxEvent.findMany({ where: { type: "feature_flag.changed", payload: { path: ["data", "reason"], equals: reason } } });
    expect(events).toHaveLength(1);

    if (!target) {
      await setFeatureFlag({ actor: admin, key: "bookings.create", enabled: true, reason: "Fixed" });
      expect(await isEnabled("bookings.create")).toBe(true);
      const trail = await db.auditLog.findMany({ where: { entityType: "FeatureFlag", entityId: "bookings.create" }, orderBy: { createdAt: "asc" } });
      expect(trail.map((row) => (row.data as { enabled: boolean }).enabled)).toEqual([false, true]);
    }
  });

  it("lists every known flag with its default when it was never set", async () => {
    const admin = actorOf(await makeAdmin());
    const flags = await listFeatureFlags({ actor: admin });
    expect(flags.map((f) => f.key)).toEqual(Object.keys(FLAGS));
    expect(flags.find((f) => f.key === "payouts")).toMatchObject({ enabled: true, description: FLAGS.payouts.description });
  });
});
