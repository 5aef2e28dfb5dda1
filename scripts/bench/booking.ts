// npm run bench:booking — 10,000 booking attempts at 32-way concurrency against PostgreSQL.
//
// Uses DATABASE_URL when set (adding uniquely named rows, never dropping anything); otherwise the
// private database postgresql://postgres@127.0.0.1:5432/hearth_bench, whose schema it resets first.
import os from "node:os";
import { median, ms, percentile, pick, seededRandom } from "./stats";

const ATTEMPTS = 10_000;
const CONCURRENCY = 32;
const PROVIDERS = 40;
const CUSTOMERS = 300;
const DAYS = 3;
const DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/hearth_bench";

// lib/core/env reads the environment once, on import: settle it before importing anything from lib/.
// The pool keeps the app's default (DATABASE_POOL_SIZE, 10): 32 requests in flight share it, as in production.
const ownDatabase = !process.env.DATABASE_URL;
process.env.DATABASE_URL ||= DEFAULT_URL;
process.env.LOG_LEVEL ||= "warn";

async function resetSchema(url: string) {
  const { Pool } = await import("pg");
  const pool = new Pool({ connectionString: url });
  try {
    await pool.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } catch (error) {
    throw new Error(`Cannot reset ${url} (create it with: psql -h 127.0.0.1 -U postgres -c 'create database hearth_bench'): ${error}`);
  } finally {
    await pool.end();
  }
}

/** Runs work(0 … count-1) with at most `concurrency` in flight. */
async function runPool(count: number, concurrency: number, work: (index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await work(next++);
  }));
}

async function main() {
  const url = process.env.DATABASE_URL!;
  if (ownDatabase) await resetSchema(url);
  const { db, databaseFactory, disconnectDb, Prisma } = await import("../../lib/core/db");
  const { applyMigrations } = await import("../../lib/core/db/migrations");
  const { requestBooking } = await import("../../lib/bookings/request-booking");
  const { isAppError } = await import("../../lib/core/errors");
  const { settleDispatches } = await import("../../lib/events/dispatch");
  const { closeCache } = await import("../../lib/adapters/cache");
  const { seedBenchFixture } = await import("./booking-seed");
  const { env } = await import("../../lib/core/env");
  // Like the server, so the measured requests are followed by their real handlers.
  const { wireOutbox } = await import("../../lib/subscriptions");
  wireOutbox();

  try {
    await applyMigrations(databaseFactory());
    const random = seededRandom(7);
    const seedStart = performance.now();
    const { targets, customers } = await seedBenchFixture(db, { providers: PROVIDERS, customers: CUSTOMERS, days: DAYS, random });
    console.log(`seeded ${PROVIDERS} providers, ${CUSTOMERS} customers in ${ms(performance.now() - seedStart, 0)}; ${targets.reduce((n, t) => n + t.starts.length, 0)} candidate starts over ${DAYS} days`);

    const latencies = { all: [] as number[], booked: [] as number[], taken: [] as number[] };
    const otherErrors = new Map<string, number>();
    const attempts = Array.from({ length: ATTEMPTS }, () => {
      const target = pick(random, targets);
      return { serviceId: target.serviceId, start: pick(random, target.starts), actor: pick(random, customers), paymentMethod: "4242424242424242" };
    });

    const started = performance.now();
    await runPool(ATTEMPTS, CONCURRENCY, async (i) => {
      const t0 = performance.now();
      let outcome: "booked" | "taken" | null = null;
      try {
        await requestBooking(attempts[i]);
        outcome = "booked";
      } catch (error) {
        if (isAppError(error) && error.code === "SLOT_TAKEN") outcome = "taken";
        else {
          const key = isAppError(error) ? `${error.code}: ${error.message}` : String((error as Error)?.message ?? error).slice(0, 200);
          otherErrors.set(key, (otherErrors.get(key) ?? 0) + 1);
        }
      }
      const latency = performance.now() - t0;
      latencies.all.push(latency);
      if (outcome) latencies[outcome].push(latency);
    });
    const seconds = (performance.now() - started) / 1000;
    await settleDispatches();

    const providerIds = targets.map((t) => t.providerId);
    const [{ pairs }] = await db.$queryRaw<{ pairs: bigint }[]>`
      SELECT count(*) AS pairs
      FROM "Booking" a JOIN "Booking" b
        ON a."providerId" = b."providerId" AND a.id < b.id
       AND a.status IN ('REQUESTED', 'CONFIRMED') AND b.status IN ('REQUESTED', 'CONFIRMED')
       AND tstzrange(a."blockStartsAt", a."blockEndsAt", '[)') && tstzrange(b."blockStartsAt", b."blockEndsAt", '[)')
      WHERE a."providerId" IN (${Prisma.join(providerIds)})`;
    const stored = await db.booking.count({ where: { providerId: { in: providerIds } } });
    const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT version()`;
    const others = [...otherErrors.values()].reduce((a, b) => a + b, 0);

    console.log(`bench:booking — ${ATTEMPTS} attempts, ${CONCURRENCY} in flight, pool ${env.DATABASE_POOL_SIZE}, ${url.replace(/\/\/[^@]*@/, "//…@")}`);
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; ${version.split(",")[0]}`);
    console.log(`wall ${seconds.toFixed(1)} s → ${(ATTEMPTS / seconds).toFixed(0)} attempts/s`);
    console.log(`booked ${latencies.booked.length} (rows stored: ${stored}), SLOT_TAKEN ${latencies.taken.length}, other errors ${others}`);
    for (const [key, count] of otherErrors) console.log(`  ${count} × ${key}`);
    for (const [name, samples] of Object.entries(latencies)) {
      console.log(`latency ${name.padEnd(6)} p50 ${ms(median(samples), 1)}, p95 ${ms(percentile(samples, 95), 1)}, p99 ${ms(percentile(samples, 99), 1)}`);
    }
    console.log(`overlapping live bookings (SQL self-join): ${Number(pairs)}`);
    if (others > 0 || Number(pairs) > 0 || stored !== latencies.booked.length) process.exitCode = 1;
  } finally {
    await settleDispatches();
    await closeCache();
    await disconnectDb();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
