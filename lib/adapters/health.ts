import { getCache, type CacheAdapter } from "./cache";
import { getStorage } from "./storage";
import { databaseKind, db } from "../core/db";
import type { DatabaseKind } from "../core/db/adapter";
import { env } from "../core/env";

export interface DatabaseCheck {
  adapter: DatabaseKind;
  ok: boolean;
  latencyMs: number;
}

export interface HealthReport {
  /** "degraded" when any dependency that is checked (database, cache) does not answer. */
  status: "ok" | "degraded";
  checks: {
    database: DatabaseCheck;
    cache: { adapter: CacheAdapter["name"]; ok: boolean };
    email: { adapter: "sendgrid" | "dev-mailbox" };
    storage: { adapter: "s3" | "local-disk" };
    payments: { adapter: "stripe" | "test-mode" };
  };
}

export interface HealthDependencies {
  /** Runs a trivial query; injected by tests to simulate an unreachable database. */
  query?: () => Promise<unknown>;
  databaseKind?: () => DatabaseKind;
  cache?: CacheAdapter;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 2_000;

/** A probe must answer within the kubelet's timeout even when a dependency hangs. */
async function answersWithin(check: () => Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([check().then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const selectOne = () => db.$queryRaw`SELECT 1`;

export async function checkDatabase({
  query = selectOne,
  databaseKind: kind = databaseKind,
  timeoutMs = DEFAULT_TIMEOUT_MS,
}: HealthDependencies = {}): Promise<DatabaseCheck> {
  const started = performance.now();
  let adapter: DatabaseKind = env.DATABASE_URL ? "postgres" : "pglite";
  const ok = await answersWithin(async () => {
    // Opening the connection can itself throw (an invalid URL): that counts as down too.
    adapter = kind();
    await query();
  }, timeoutMs);
  return { adapter, ok, latencyMs: Math.round(performance.now() - started) };
}

export async function checkHealth(deps: HealthDependencies = {}): Promise<HealthReport> {
  const cache = deps.cache ?? getCache();
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const [database, cacheOk] = await Promise.all([checkDatabase(deps), answersWithin(() => assertPing(cache), timeoutMs)]);
  return {
    status: database.ok && cacheOk ? "ok" : "degraded",
    checks: {
      database,
      cache: { adapter: cache.name, ok: cacheOk },
      // Names only: these adapters are owned elsewhere and are not called from a probe.
      email: { adapter: env.SENDGRID_API_KEY ? "sendgrid" : "dev-mailbox" },
      storage: { adapter: getStorage().name },
      payments: { adapter: env.STRIPE_SECRET_KEY ? "stripe" : "test-mode" },
    },
  };
}

async function assertPing(cache: CacheAdapter): Promise<void> {
  if (!(await cache.ping())) throw new Error("cache did not answer");
}
