// npm run bench:search [-- --runs 40 --control-runs 3]: the fixed query mix (search-queries.ts)
// through the real searchProviders use case on DATABASE_URL (seed it first: npm run db:seed:scale),
// p50/p95 per kind; then each kind's search statement alone on the first inputs, indexed and with
// index and bitmap scans off (the sequential-scan control), their ratio, and EXPLAIN (ANALYZE, BUFFERS).
import os from "node:os";
import { KINDS, queryFor, type Kind, type SearchQuery } from "./search-queries";
import { median, percentile, seededRandom } from "./stats";

// lib/core/env reads the environment once, on import: settle it before importing anything from lib/.
process.env.LOG_LEVEL ||= "warn";

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const RUNS = flag("runs", 40);
// The control's text statements take tens of seconds each at 100k: a few inputs per kind.
const CONTROL_RUNS = flag("control-runs", 3);
// A control statement is cut off here and counted as this long (so its ratio is a lower bound).
const CONTROL_TIMEOUT_S = flag("control-timeout-s", 60);
const WARMUP = 3;

/** The inputs: one seeded stream per kind, so every run asks the same (availability dates move with `now`). */
function mix(now: number): Record<Kind, SearchQuery[]> {
  return Object.fromEntries(KINDS.map((kind, k) => {
    const random = seededRandom(1000 + k);
    return [kind, Array.from({ length: WARMUP + RUNS }, () => queryFor(kind, random, now))];
  })) as Record<Kind, SearchQuery[]>;
}

interface KindTimings { samples: number[]; results: number[] }

async function timeMix(queries: Record<Kind, SearchQuery[]>, runs: number, now: number): Promise<Record<Kind, KindTimings>> {
  const { searchProviders } = await import("../../lib/search/search-providers");
  const out = {} as Record<Kind, KindTimings>;
  for (const kind of KINDS) {
    const timings: KindTimings = { samples: [], results: [] };
    for (const [i, query] of queries[kind].slice(0, WARMUP + runs).entries()) {
      const t0 = performance.now();
      const page = await searchProviders(query, { now });
      const elapsed = performance.now() - t0;
      if (i < WARMUP) continue;
      timings.samples.push(elapsed);
      timings.results.push(page.data.length);
    }
    out[kind] = timings;
  }
  return out;
}

const f = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

async function main() {
  const { env } = await import("../../lib/core/env");
  if (!env.DATABASE_URL) throw new Error("bench:search needs PostgreSQL: set DATABASE_URL to a database seeded with npm run db:seed:scale");
  const now = Date.now();
  const queries = mix(now);
  const { disconnectDb, db } = await import("../../lib/core/db");
  const { CONTROL_SETTINGS, explainKinds, timeSql, withSqlClient } = await import("./search-sql");
  try {
    const [{ version }] = await db.$queryRawUnsafe<{ version: string }[]>("SELECT version()");
    const [{ providers, services, rules }] = await db.$queryRawUnsafe<{ providers: number; services: number; rules: number }[]>(
      `SELECT (SELECT count(*)::int FROM "ProviderProfile") AS providers, (SELECT count(*)::int FROM "Service") AS services,
              (SELECT count(*)::int FROM "AvailabilityRule") AS rules`,
    );
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ` +
      `load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; ${version.split(",")[0]}`);
    console.log(`data: ${providers.toLocaleString("en")} providers, ${services.toLocaleString("en")} services, ${rules.toLocaleString("en")} weekly rules; ` +
      `${RUNS} runs per kind (after ${WARMUP} warm-up), control ${CONTROL_RUNS} runs per kind (the first of the same inputs)`);

    const indexed = await timeMix(queries, RUNS, now);
    console.log(`use case done (load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}):`);
    for (const kind of KINDS) console.log(`  ${kind.padEnd(17)} p50 ${f(median(indexed[kind].samples))} ms  p95 ${f(percentile(indexed[kind].samples, 95))} ms`);
    console.log(`the search statement alone, indexed and control (${CONTROL_SETTINGS.join(", ")} off; cut off at ${CONTROL_TIMEOUT_S} s) …`);
    const sql = await withSqlClient(async (client) => {
      const out = {} as Record<Kind, { indexed: number[]; control: number[]; capped: number }>;
      for (const kind of KINDS) {
        const same = queries[kind].slice(WARMUP, WARMUP + CONTROL_RUNS);
        const control = await timeSql(client, same, true, CONTROL_TIMEOUT_S * 1000);
        out[kind] = { indexed: (await timeSql(client, same, false)).samples, control: control.samples, capped: control.capped };
        console.log(`  ${kind.padEnd(17)} indexed p50 ${f(median(out[kind].indexed))} ms  control p50 ${f(median(control.samples))} ms` +
          `${control.capped ? ` (${control.capped} of ${control.samples.length} cut off at ${CONTROL_TIMEOUT_S} s)` : ""}  load ${os.loadavg()[0].toFixed(2)}`);
      }
      await explainKinds(client, Object.fromEntries(KINDS.map((kind) => [kind, queries[kind][WARMUP]])) as Record<Kind, SearchQuery>);
      return out;
    });
    console.log(`\nload after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    console.log("\n                  searchProviders (use case)   | statement alone, first " + CONTROL_RUNS + " inputs");
    console.log("kind               p50 ms   p95 ms  avg hits | indexed p50  control p50  control p95  ratio p50");
    for (const kind of KINDS) {
      const all = indexed[kind];
      const hits = all.results.reduce((a, b) => a + b, 0) / all.results.length;
      const { indexed: idx, control: ctl, capped } = sql[kind];
      const atLeast = capped > 0 ? ">" : " ";
      console.log(`${kind.padEnd(17)} ${f(median(all.samples)).padStart(7)}  ${f(percentile(all.samples, 95)).padStart(7)}  ${hits.toFixed(1).padStart(8)} | ` +
        `${f(median(idx)).padStart(11)}  ${atLeast}${f(median(ctl)).padStart(10)}  ${atLeast}${f(percentile(ctl, 95)).padStart(10)}  ${atLeast}${(median(ctl) / median(idx)).toFixed(0).padStart(7)}×`);
    }
  } finally {
    await disconnectDb();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
