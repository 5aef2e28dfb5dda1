// npm start: build if needed, migrate, seed an empty database, then serve.
//
// PGlite allows one process per data directory, so migrate and seed run here and close the
// database before `next start` (a separate process) opens it.
import { spawn } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
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

/**
 * With `output: "standalone"` Next refuses `next start`; the standalone server.js serves, and
 * like Next documents it needs public/ and .next/static copied next to it. It chdirs into
 * .next/standalone, so relative data paths are made absolute first.
 */
function startServer() {
  const standalone = path.join(process.cwd(), ".next", "standalone");
  // Next must leave SIGTERM to lib/boot/graceful-shutdown.ts, which drains before exiting.
  if (!existsSync(path.join(standalone, "server.js"))) return spawn(nextBin, ["start", "-p", String(env.PORT)], { stdio: "inherit", env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: "true" } });
  for (const [from, to] of [["public", "public"], [".next/static", ".next/static"]]) {
    rmSync(path.join(standalone, to), { recursive: true, force: true });
    if (existsSync(from)) cpSync(from, path.join(standalone, to), { recursive: true });
  }
  const absolute = (value: string | undefined) => (value && !value.includes("://") ? path.resolve(value) : value);
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_MANUAL_SIG_HANDLE: "true", PORT: String(env.PORT), HOSTNAME: process.env.HOSTNAME ?? "0.0.0.0", DATA_DIR: path.resolve(env.DATA_DIR) };
  if (process.env.PGLITE_DIR) childEnv.PGLITE_DIR = absolute(process.env.PGLITE_DIR);
  return spawn(process.execPath, [path.join(standalone, "server.js")], { stdio: "inherit", env: childEnv });
}

async function main() {
  buildIfNeeded();
  await prepareDatabase();
  const server = startServer();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  // A server killed by a signal must not look like a clean exit (128 + the signal's number, as a shell says).
  server.on("exit", (code, signal) => process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
