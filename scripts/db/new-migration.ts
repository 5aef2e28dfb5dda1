// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema diff.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { openPGlite, pgliteFactory } from "../../lib/core/db/adapter";
import { diffMigrationsToSchema, migrationsDir } from "../../lib/core/db/migrations";
import { isEmptyMigration } from "./empty-migration";

async function main() {
  const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!name) throw new Error("usage: npm run db:migration -- <name>");
  // The diff replays the migrations into a throwaway in-memory database, so no server is needed.
  const pglite = openPGlite("memory://");
  try {
    const sql = await diffMigrationsToSchema(pgliteFactory(pglite));
    if (isEmptyMigration(sql)) {
      console.log("schema.prisma and the migrations already agree: nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  } finally {
    await pglite.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
