/**
 * The SQL each search runs, outside the use case: timed on the indexed database and on the
 * sequential-scan control (index and bitmap scans off for the transaction), and explained. Each
 * statement is the one searchProviders sends: the same spec, the same page size, and the trigram
 * threshold set in the same transaction. The control cannot go through the use case: its text
 * queries outlast the app's 20 s transaction timeout.
 */
import { Pool, type PoolClient } from "pg";
import { env } from "../../lib/core/env";
import { providerSearchSql, WORD_SIMILARITY_THRESHOLD } from "../../lib/search/provider-search-sql";
// AVAILABILITY_BATCH: the first statement an availability search runs is one batch of candidates.
import { AVAILABILITY_BATCH, providerSearchSpec } from "../../lib/search/search-providers";
import type { Kind, SearchQuery } from "./search-queries";

export const CONTROL_SETTINGS = ["enable_indexscan", "enable_bitmapscan", "enable_indexonlyscan"];

async function statementOf(query: SearchQuery) {
  const spec = await providerSearchSpec(query);
  return spec ? providerSearchSql({ ...spec, limit: query.available ? AVAILABILITY_BATCH : spec.limit + 1 }) : null;
}

/**
 * Runs `work` in a transaction with the search's settings (and the control's, if asked); rolls back.
 * A control statement is cut off after `controlTimeoutMs`: without indexes the planner can pick a
 * nested loop over sequential scans that runs for many minutes; such a sample counts as the cap (a
 * lower bound, printed with ">").
 */
async function inSearchTransaction<T>(client: PoolClient, control: boolean, work: () => Promise<T>, controlTimeoutMs = 0): Promise<T> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)", [String(WORD_SIMILARITY_THRESHOLD)]);
    for (const setting of control ? CONTROL_SETTINGS : []) await client.query(`SET LOCAL ${setting} = off`);
    if (control && controlTimeoutMs > 0) await client.query(`SET LOCAL statement_timeout = ${Math.round(controlTimeoutMs)}`);
    return await work();
  } finally {
    await client.query("ROLLBACK");
  }
}

/** Whether a pg error is statement_timeout's cancellation. */
const isTimeout = (error: unknown) => (error as { code?: string }).code === "57014";

export async function withSqlClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const pool = new Pool({ connectionString: env.DATABASE_URL, max: 1 });
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
    await pool.end();
  }
}

/** Milliseconds of the search statement alone, per query; `capped` counts the control samples cut off at the timeout. */
export async function timeSql(client: PoolClient, queries: SearchQuery[], control: boolean, controlTimeoutMs = 0): Promise<{ samples: number[]; capped: number }> {
  const samples: number[] = [];
  let capped = 0;
  for (const query of queries) {
    const sql = await statementOf(query);
    if (!sql) continue;
    samples.push(await inSearchTransaction(client, control, async () => {
      const t0 = performance.now();
      try {
        await client.query(sql.text, sql.values);
      } catch (error) {
        if (!isTimeout(error)) throw error;
        capped++;
        return controlTimeoutMs;
      }
      return performance.now() - t0;
    }, controlTimeoutMs));
  }
  return { samples, capped };
}

export async function explainKinds(client: PoolClient, queries: Record<Kind, SearchQuery>) {
  const summary: string[] = [];
  for (const [kind, query] of Object.entries(queries)) {
    const sql = await statementOf(query);
    if (!sql) continue;
    const plan = await inSearchTransaction(client, false, async () => {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
    console.log(`\n── EXPLAIN ${kind}: ${new URLSearchParams(query).toString()}\n${plan}`);
    summary.push(summarize(kind, plan));
  }
  console.log(`\nplans in short:\n${summary.join("\n")}`);
}

/** Which indexes a plan used and which tables it read in full, in one line. */
function summarize(kind: string, plan: string): string {
  const indexes = [...new Set([...plan.matchAll(/Index (?:Only )?Scan(?: Backward)? (?:using|on) "?(\w+)"?/g)].map((m) => m[1]))];
  const seq = [...new Set([...plan.matchAll(/Seq Scan on "?(\w+)"?/g)].map((m) => m[1]))];
  const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
  return `${kind.padEnd(17)} ${time} ms  indexes: ${indexes.join(", ") || "none"}  seq scans: ${seq.join(", ") || "none"}`;
}
