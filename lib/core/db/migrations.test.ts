import { openPGlite, pgliteFactory } from "./adapter";
import { applyMigrations, diffMigrationsToSchema } from "./migrations";
import { isEmptyMigration } from "../../../scripts/db/empty-migration";

describe("prisma/migrations", () => {
  it("produce exactly prisma/schema.prisma (the schema engine's diff is empty)", async () => {
    const pglite = openPGlite("memory://");
    try {
      const sql = await diffMigrationsToSchema(pgliteFactory(pglite));
      expect(isEmptyMigration(sql)).toBe(true);
      expect(sql).not.toMatch(/CREATE|ALTER|DROP/);
    } finally {
      await pglite.close();
    }
  });

  it("apply once and are recorded in _prisma_migrations, so a second run applies nothing", async () => {
    const pglite = openPGlite("memory://");
    try {
      const first = await applyMigrations(pgliteFactory(pglite));
      expect(first.length).toBeGreaterThan(0);
      expect(await applyMigrations(pgliteFactory(pglite))).toEqual([]);
      const recorded = await pglite.query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      );
      expect(recorded.rows.map((r) => r.migration_name)).toEqual(first);
    } finally {
      await pglite.close();
    }
  });
});
