import { Gauge, type Registry } from "prom-client";
import type { Db } from "../db";
import { logger } from "../logger";

/**
 * Metrics read from the database on scrape. They describe the whole deployment, not this pod:
 * every replica reports the same value, so aggregate with max(), never sum().
 *
 * The outbox is read with SQL on its table directly (not through lib/events) so that the
 * metrics stay valid whatever the event code looks like; only the table is a contract.
 */

interface OutboxRow {
  pending: number;
  dead: number;
  oldest_pending_age_seconds: number | null;
}

interface CountRow {
  key: string;
  count: number;
}

/** The domain events that are booking and payment counters (written once per committed change). */
const COUNTED_EVENT_PREFIXES = ["booking.", "payment."];
const NOT_COUNTED = new Set(["booking.reminder_due"]);

/**
 * Counting events scans the outbox, which only grows: memoised so that many scrapers (several
 * Prometheus replicas, 50 pods) cost at most one scan per pod per window.
 */
const COUNTS_TTL_MS = 30_000;

export function registerDbMetrics(registry: Registry, db: Db, { countsTtlMs = COUNTS_TTL_MS }: { countsTtlMs?: number } = {}): void {
  const up = new Gauge({
    name: "hearth_metrics_database_up",
    help: "1 when the last scrape could read the database-backed metrics, else 0",
    registers: [registry],
    collect,
  });
  const pending = new Gauge({ name: "hearth_outbox_pending_events", help: "Outbox events not yet delivered (deployment-wide)", registers: [registry], collect });
  const dead = new Gauge({ name: "hearth_outbox_dead_events", help: "Outbox events that exhausted their retries (deployment-wide)", registers: [registry], collect });
  const lag = new Gauge({
    name: "hearth_outbox_lag_seconds",
    help: "Age of the oldest undelivered outbox event; 0 when the outbox is drained",
    registers: [registry],
    collect,
  });
  const events = new Gauge({
    // A gauge in prom-client terms because we set it from a count, but it only ever rises:
    // rate()/increase() work on it as on a counter. Named _total for that reason.
    name: "hearth_domain_events_total",
    help: "Committed booking and payment changes by event type (booking.requested, booking.cancelled, payment.captured, payment.refunded …), deployment-wide",
    labelNames: ["type"] as const,
    registers: [registry],
    collect,
  });
  const payments = new Gauge({
    name: "hearth_payments",
    help: "Payments by current status (AUTHORIZED, CAPTURED, REFUNDED …), deployment-wide",
    labelNames: ["status"] as const,
    registers: [registry],
    collect,
  });

  let counts: { at: number; events: CountRow[]; payments: CountRow[] } | null = null;

  async function readCounts() {
    if (counts && Date.now() - counts.at < countsTtlMs) return counts;
    const [eventRows, paymentRows] = await Promise.all([
      db.$queryRaw<CountRow[]>`SELECT "type" AS key, count(*)::int AS count FROM "OutboxEvent"
        WHERE "type" LIKE 'booking.%' OR "type" LIKE 'payment.%' GROUP BY "type"`,
      db.$queryRaw<CountRow[]>`SELECT "status"::text AS key, count(*)::int AS count FROM "Payment" GROUP BY "status"`,
    ]);
    counts = { at: Date.now(), events: eventRows, payments: paymentRows };
    return counts;
  }

  // One collect for all of them: prom-client calls each metric's collect, and the queries should
  // run once per scrape, not once per metric.
  let scrape: Promise<void> | null = null;
  async function collectAll() {
    try {
      // Both statuses are in the (status, nextAttemptAt) index; delivered rows are never read.
      const [outbox] = await db.$queryRaw<OutboxRow[]>`SELECT
          count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
          count(*) FILTER (WHERE status = 'DEAD')::int AS dead,
          EXTRACT(EPOCH FROM (now() - min("createdAt") FILTER (WHERE status = 'PENDING')))::float8 AS oldest_pending_age_seconds
        FROM "OutboxEvent" WHERE status IN ('PENDING', 'DEAD')`;
      pending.set(Number(outbox?.pending ?? 0));
      dead.set(Number(outbox?.dead ?? 0));
      lag.set(Math.max(0, Number(outbox?.oldest_pending_age_seconds ?? 0)));
      const { events: eventRows, payments: paymentRows } = await readCounts();
      events.reset();
      for (const row of eventRows) {
        if (COUNTED_EVENT_PREFIXES.some((prefix) => row.key.startsWith(prefix)) && !NOT_COUNTED.has(row.key)) events.set({ type: row.key }, Number(row.count));
      }
      payments.reset();
      for (const row of paymentRows) payments.set({ status: row.key }, Number(row.count));
      up.set(1);
    } catch (error) {
      // A database outage must not break the scrape: the HTTP and process metrics still matter most then.
      logger.warn({ err: error }, "could not read database metrics");
      up.set(0);
    }
  }
  // The registry collects its metrics concurrently, so each waits for the same shared read.
  async function collect() {
    scrape ??= collectAll().finally(() => (scrape = null));
    await scrape;
  }
}
