import { databaseFactory, databaseKind, disconnectDb } from "../core/db";
import { applyMigrations } from "../core/db/migrations";
import { settleDispatches } from "../events/dispatch";
import { closeCache } from "../adapters/cache";
import { wireOutbox } from "../subscriptions";

/**
 * Call at the top of an integration test file. PGlite: migrates this file's in-memory database.
 * PostgreSQL: the global setup already migrated the shared database, so tests must not assume
 * empty tables — they create their own rows through the factories and look only at those.
 */
export function setupTestDatabase(): void {
  // Use cases dispatch after commit as in the server; a test process has no boot code to wire them.
  wireOutbox();
  // Migrating a fresh PGlite takes seconds, but minutes on a machine busy with a build and a
  // browser run: this limit only guards against a hang, it is not a speed target.
  beforeAll(async () => {
    if (databaseKind() === "pglite") await applyMigrations(databaseFactory());
  }, 180_000);
  afterAll(async () => {
    // After-commit deliveries still running would otherwise outlive the database.
    await settleDispatches();
    await disconnectDb();
    await closeCache();
  });
}
