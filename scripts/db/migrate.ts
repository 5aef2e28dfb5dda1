// npm run db:migrate: applies prisma/migrations to DATABASE_URL, or to the embedded PGlite under .data/.
import { databaseFactory, databaseKind, disconnectDb } from "../../lib/core/db";
import { applyMigrations } from "../../lib/core/db/migrations";

async function main() {
  const applied = await applyMigrations(databaseFactory());
  console.log(`[db:migrate] ${databaseKind()}: ${applied.length ? `applied ${applied.join(", ")}` : "already up to date"}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
