// npm start: build if needed, migrate, seed an empty database, then serve.
//
// PGlite allows one process per data directory, so migrate and seed run here and close the
// database before `next start` (a separate process) opens it.
import { spawn } from "node:child_process";
import { env } from "../lib/core/env";
import { databaseFactory, databaseKind, db, disconnectDb } from "../lib/core/db";
import { applyMigrations } from "../lib/core/db/migrations";
import { isDatabaseSeeded, seedDemo } from "../prisma/seed/demo";
import { buildIfNeeded, nextBin } from "./lib/next-build";

async function prepareDatabase() {
  const applied = await applyMigrations(databaseFactory());
  console.log(`[start] database (${databaseKind()}): ${applied.length ? `applied ${applied.length} migration(s)` : "up to date"}`);
  if (env.SEED_ON_START && !(await isDatabaseSeeded(db))) {
    console.log("[start] empty database: seeding the demo marketplace…");
    await seedDemo(db);
  }
  await disconnectDb();
}

async function main() {
  buildIfNeeded();
  await prepareDatabase();
  const server = spawn(nextBin, ["start", "-p", String(env.PORT)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
