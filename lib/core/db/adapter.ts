import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { env } from "../env";

export type DatabaseKind = "postgres" | "pglite";

export interface DatabaseConnection {
  kind: DatabaseKind;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** PrismaClient.$disconnect does not close PGlite; this does. */
  close(): Promise<void>;
}

/** Extensions the migrations rely on (the booking exclusion constraint, trigram search). */
const pgliteExtensions = { btree_gist, pg_trgm };

export function openPGlite(dataDir: string): PGlite {
  // PGlite creates only the last path segment; on a fresh clone `.data/` does not exist yet.
  if (!dataDir.startsWith("memory://")) mkdirSync(path.dirname(dataDir), { recursive: true });
  return new PGlite(dataDir, { extensions: pgliteExtensions });
}

/** "memory://" keeps PGlite in memory (tests); anything else is a directory under DATA_DIR. */
export function pgliteDataDir(): string {
  if (env.PGLITE_DIR?.startsWith("memory://")) return env.PGLITE_DIR;
  // A run-time path, not a build input: keep Turbopack from tracing the whole project for it.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.PGLITE_DIR ?? path.join(env.DATA_DIR, "pglite"));
}

/**
 * PrismaPGlite's own shadow database (used by migration diffs) lacks our extensions,
 * so the hand-written exclusion constraint could not replay there. This factory adds them.
 */
export function pgliteFactory(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(client);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => inner.connect(),
    async connectToShadowDb() {
      const shadow = openPGlite("memory://");
      const adapter = await new PrismaPGlite(shadow).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.close();
      };
      return adapter;
    },
  };
}

export function connectDatabase(): DatabaseConnection {
  if (env.DATABASE_URL) {
    // One pool we own, shared by the client and the migration engine, and ended by close().
    const pool = new Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
    return { kind: "postgres", factory: new PrismaPg(pool), close: () => pool.end() };
  }
  const pglite = openPGlite(pgliteDataDir());
  return { kind: "pglite", factory: pgliteFactory(pglite), close: () => pglite.close() };
}
