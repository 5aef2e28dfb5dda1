// npm run db:seed:scale -- 100000 [--reset]: N synthetic, listed providers (user, profile, 1–3
// services, weekly hours) in PostgreSQL, for benchmarking search (npm run bench:search).
//
// Rows are written 2,000 providers per transaction with one multi-row INSERT … SELECT unnest(…)
// per table: one round trip per table per batch instead of one per row. Without --reset it
// resumes after the scale providers already present, so 100k → 1M only adds the other 900k.
import { Pool, type PoolClient } from "pg";
import { databaseFactory, databaseKind, db, disconnectDb } from "../../lib/core/db";
import { applyMigrations } from "../../lib/core/db/migrations";
import { env } from "../../lib/core/env";
import { placeRows } from "../../lib/search/places";
import { createCategoryTree } from "../../prisma/seed/categories";
import { NO_LOGIN, scaleProvider, type ScaleRows } from "./scale-plan";

const BATCH = 2_000;
const TABLES = ["User", "ProviderProfile", "Service", "AvailabilityRule"];

function parseArgs(argv: string[]) {
  const count = Number(argv.find((arg) => /^\d+$/.test(arg)) ?? NaN);
  if (!Number.isInteger(count) || count < 1) throw new Error("Usage: npm run db:seed:scale -- <providers, e.g. 100000> [--reset]");
  return { count, reset: argv.includes("--reset") };
}

/**
 * INSERT … SELECT FROM unnest($1::text[], …): columns as arrays, any number of rows, one statement.
 * A type "text::Enum" sends text and casts each value, since pg cannot bind arrays of enums.
 */
async function insertColumns(client: PoolClient, table: string, columns: Record<string, [type: string, values: unknown[]]>) {
  const names = Object.keys(columns);
  const types = names.map((name) => columns[name][0].split("::"));
  const unnest = types.map(([sent], i) => `$${i + 1}::${sent}[]`).join(", ");
  const selects = types.map(([, cast], i) => (cast ? `u.c${i}::${cast}` : `u.c${i}`)).join(", ");
  const sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")})
    SELECT ${selects} FROM unnest(${unnest}) AS u(${names.map((_, i) => `c${i}`).join(", ")}) ON CONFLICT DO NOTHING`;
  await client.query(sql, names.map((name) => columns[name][1]));
}

async function writeBatch(client: PoolClient, rows: ScaleRows[], categoryIds: Record<string, string>, now: Date) {
  const users = rows.map((r) => r.user);
  const providers = rows.map((r) => r.provider);
  const services = rows.flatMap((r) => r.services);
  const rules = rows.flatMap((r) => r.rules);
  const col = <T>(items: T[], type: string, pick: (item: T) => unknown): [string, unknown[]] => [type, items.map(pick)];
  await client.query("BEGIN");
  try {
    await insertColumns(client, "User", {
      id: col(users, "text", (u) => u.id), email: col(users, "text", (u) => u.email), name: col(users, "text", (u) => u.name),
      passwordHash: col(users, "text", () => NO_LOGIN), role: col(users, 'text::"Role"', () => "PROVIDER"),
      timeZone: col(users, "text", (u) => u.timeZone), emailVerifiedAt: col(users, "timestamptz", () => now),
      updatedAt: col(users, "timestamptz", () => now),
    });
    await insertColumns(client, "ProviderProfile", {
      id: col(providers, "text", (p) => p.id), userId: col(providers, "text", (p) => p.userId), slug: col(providers, "text", (p) => p.slug),
      businessName: col(providers, "text", (p) => p.businessName), headline: col(providers, "text", (p) => p.headline),
      bio: col(providers, "text", (p) => p.bio), timeZone: col(providers, "text", (p) => p.timeZone),
      addressLine: col(providers, "text", (p) => p.addressLine), city: col(providers, "text", (p) => p.city),
      region: col(providers, "text", (p) => p.region), postalCode: col(providers, "text", (p) => p.postalCode),
      country: col(providers, "text", (p) => p.country), lat: col(providers, "float8", (p) => p.lat), lng: col(providers, "float8", (p) => p.lng),
      serviceRadiusKm: col(providers, "int4", (p) => p.serviceRadiusKm),
      ratingCount: col(providers, "int4", (p) => p.ratings.reduce((a, b) => a + b, 0)),
      ratingSum: col(providers, "int4", (p) => p.ratings.reduce((sum, n, k) => sum + n * (k + 1), 0)),
      ...Object.fromEntries([1, 2, 3, 4, 5].map((star) => [`rating${star}`, col(providers, "int4", (p) => p.ratings[star - 1])])),
      verification: col(providers, 'text::"VerificationState"', (p) => (p.verified ? "VERIFIED" : "UNVERIFIED")),
      verifiedAt: col(providers, "timestamptz", (p) => (p.verified ? now : null)),
      detailsSubmitted: col(providers, "bool", (p) => p.payoutsEnabled), payoutsEnabled: col(providers, "bool", (p) => p.payoutsEnabled),
      calendarToken: col(providers, "text", (p) => `scale-cal-${p.id}`), updatedAt: col(providers, "timestamptz", () => now),
    });
    await insertColumns(client, "Service", {
      id: col(services, "text", (s) => s.id), providerId: col(services, "text", (s) => s.providerId),
      categoryId: col(services, "text", (s) => categoryIds[s.categorySlug]), name: col(services, "text", (s) => s.name),
      description: col(services, "text", (s) => s.description), priceAmount: col(services, "int4", (s) => s.priceAmount),
      currency: col(services, "text", (s) => s.currency), durationMin: col(services, "int4", (s) => s.durationMin),
      bufferBeforeMin: col(services, "int4", (s) => s.bufferBeforeMin), bufferAfterMin: col(services, "int4", (s) => s.bufferAfterMin),
      minNoticeMin: col(services, "int4", (s) => s.minNoticeMin), bookingMode: col(services, 'text::"BookingMode"', (s) => s.bookingMode),
      updatedAt: col(services, "timestamptz", () => now),
    });
    await insertColumns(client, "AvailabilityRule", {
      id: col(rules, "text", (a) => a.id), providerId: col(rules, "text", (a) => a.providerId), weekday: col(rules, "int4", (a) => a.weekday),
      startMinute: col(rules, "int4", (a) => a.startMinute), endMinute: col(rules, "int4", (a) => a.endMinute),
    });
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return users.length + providers.length + services.length + rules.length;
}

/**
 * Bulk loads run several times faster without the GIN (full-text, trigram) and B-tree secondary
 * indexes, built once at the end. Primary keys and unique indexes stay: ON CONFLICT needs them.
 * The returned function recreates exactly what was dropped, also after a failed batch.
 */
async function dropSecondaryIndexes(client: PoolClient): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[]) AND i.indexdef NOT LIKE 'CREATE UNIQUE%'`,
    [TABLES],
  );
  for (const { name } of rows) await client.query(`DROP INDEX "${name}"`);
  console.log(`dropped ${rows.length} secondary indexes for the load: ${rows.map((r) => r.name).join(", ")}`);
  return async () => {
    const t = performance.now();
    await client.query("SET maintenance_work_mem = '256MB'");
    for (const { definition } of rows) await client.query(definition);
    console.log(`rebuilt ${rows.length} indexes in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
}

async function main() {
  const { count, reset } = parseArgs(process.argv.slice(2));
  if (!env.DATABASE_URL || databaseKind() !== "postgres") {
    throw new Error("db:seed:scale needs PostgreSQL: set DATABASE_URL (PGlite would take hours and a lot of memory for this many rows)");
  }
  const applied = await applyMigrations(databaseFactory());
  console.log(`postgres: ${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"}`);
  const pool = new Pool({ connectionString: env.DATABASE_URL, max: 1 });
  const client = await pool.connect();
  try {
    if (reset) {
      await client.query(`TRUNCATE "AvailabilityRule", "Service", "ProviderProfile", "User" CASCADE`);
      console.log("reset: truncated users, providers, services and weekly hours");
    }
    const categoryIds = await createCategoryTree(db);
    await db.place.createMany({ data: placeRows(), skipDuplicates: true });
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "ProviderProfile" WHERE id LIKE 'scale-p-%'`);
    const start = Number(rows[0].n);
    if (start >= count) console.log(`already ${start} scale providers: nothing to add`);
    const now = new Date();
    const t0 = performance.now();
    let written = 0;
    const rebuild = start < count ? await dropSecondaryIndexes(client) : async () => {};
    try {
      for (let from = start; from < count; from += BATCH) {
        const to = Math.min(count, from + BATCH);
        const batch = Array.from({ length: to - from }, (_, k) => scaleProvider(from + k));
        written += await writeBatch(client, batch, categoryIds, now);
        const seconds = (performance.now() - t0) / 1000;
        const perSecond = (to - start) / seconds;
        console.log(`providers ${to.toLocaleString("en")}/${count.toLocaleString("en")}  ${Math.round(perSecond).toLocaleString("en")} providers/s  ` +
          `${Math.round(written / seconds).toLocaleString("en")} rows/s  ETA ${Math.round((count - to) / perSecond)} s`);
      }
    } finally {
      await rebuild();
    }
    const seeded = (performance.now() - t0) / 1000;
    console.log(`wrote ${written.toLocaleString("en")} rows and built the indexes in ${seeded.toFixed(1)} s; VACUUM ANALYZE …`);
    // Fresh statistics for the planner, and a visibility map so index-only scans need not visit the heap.
    const t1 = performance.now();
    for (const table of ["User", "ProviderProfile", "Service", "AvailabilityRule", "Category", "Place"]) await client.query(`VACUUM ANALYZE "${table}"`);
    console.log(`VACUUM ANALYZE in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  } finally {
    client.release();
    await pool.end();
  }
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
