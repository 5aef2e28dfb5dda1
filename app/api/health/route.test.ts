import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { closeCache, createMemoryCache, type CacheAdapter } from "@/lib/adapters/cache";
import { closeStorage } from "@/lib/adapters/storage";
import { db, disconnectDb } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { checkDatabase, checkHealth } from "@/lib/adapters/health";

// Against this run's real database: in-memory PGlite, or PostgreSQL when DATABASE_URL is set.
// PGlite's first open (WebAssembly start-up) can outlast the probe's 2 s timeout, so open it first.
beforeAll(async () => {
  await db.$queryRaw`SELECT 1`;
});
afterAll(async () => {
  await disconnectDb();
  await closeCache();
  await closeStorage();
});

const unreachable = () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
const downCache: CacheAdapter = { ...createMemoryCache(), ping: async () => false };

describe("checkHealth", () => {
  it("reports ok with the adapters chosen by the environment", async () => {
    const report = await checkHealth();
    expect(report.status).toBe("ok");
    expect(report.checks.database).toEqual({
      adapter: env.DATABASE_URL ? "postgres" : "pglite",
      ok: true,
      latencyMs: expect.any(Number),
    });
    expect(report.checks.cache).toEqual({ adapter: env.REDIS_URL ? "redis" : "memory", ok: true });
    expect(report.checks.email.adapter).toBe(env.SENDGRID_API_KEY ? "sendgrid" : "dev-mailbox");
    expect(report.checks.storage.adapter).toBe(env.S3_BUCKET ? "s3" : "local-disk");
    expect(report.checks.payments.adapter).toBe(env.STRIPE_SECRET_KEY ? "stripe" : "test-mode");
  });

  it("reports the database down, and the status degraded, when the query fails", async () => {
    const report = await checkHealth({ query: unreachable });
    expect(report.status).toBe("degraded");
    expect(report.checks.database.ok).toBe(false);
    expect(report.checks.cache.ok).toBe(true);
  });

  it("treats a connection that cannot even be opened as down", async () => {
    const check = await checkDatabase({
      databaseKind: () => {
        throw new Error("invalid connection string");
      },
    });
    expect(check.ok).toBe(false);
  });

  it("gives up on a hanging database after the timeout", async () => {
    const started = Date.now();
    const check = await checkDatabase({ query: () => new Promise(() => {}), timeoutMs: 100 });
    expect(check.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("is degraded, with the database still ok, when the cache does not answer", async () => {
    const report = await checkHealth({ cache: downCache });
    expect(report.status).toBe("degraded");
    expect(report.checks.cache).toEqual({ adapter: "memory", ok: false });
    expect(report.checks.database.ok).toBe(true);
  });
});

describe("health and readiness routes", () => {
  it("/api/health answers 200 with the report", async () => {
    const response = await health(new Request("http://hearth.test/api/health"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await response.json()).checks.database.ok).toBe(true);
  });

  it("/api/health?probe=live answers without consulting any dependency", async () => {
    const response = await health(new Request("http://hearth.test/api/health?probe=live"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/api/ready answers 200 while the database answers", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true });
  });
});
