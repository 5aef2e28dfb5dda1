/**
 * With DATABASE_URL (CI), the suite shares one PostgreSQL database: reset it and apply the
 * migrations once. Without it, each test file migrates its own in-memory PGlite (see test-database.ts).
 */
export default async function globalSetup() {
  if (!process.env.DATABASE_URL) return;
  const { Pool } = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { applyMigrations } = await import("../core/db/migrations");
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  try {
    await pool.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await applyMigrations(new PrismaPg(pool));
  } finally {
    await pool.end();
  }
}
