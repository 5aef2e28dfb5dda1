import { Registry } from "prom-client";
import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { registerDbMetrics } from "@/lib/core/metrics/db-metrics";
import { GET } from "./route";

jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => null }));

setupTestDatabase();

const mutableEnv = env as { METRICS_TOKEN?: string };
const ctx = { params: Promise.resolve({}) };
const scrape = (headers: Record<string, string> = {}) => GET(new Request("http://localhost/api/metrics", { headers }), ctx);

/** The value of one sample line, e.g. `hearth_outbox_lag_seconds 61.2`. */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  if (!line) throw new Error(`no sample ${series} in:\n${text}`);
  return Number(line.slice(series.length + 1));
}

afterEach(() => {
  delete mutableEnv.METRICS_TOKEN;
});

describe("GET /api/metrics", () => {
  it("answers the Prometheus text format with HTTP, process, cache and outbox metrics", async () => {
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const text = await response.text();
    for (const name of [
      "hearth_http_requests_total counter",
      "hearth_http_request_duration_seconds histogram",
      "hearth_cache_requests_total counter",
      "hearth_cache_hit_ratio gauge",
      "hearth_outbox_pending_events gauge",
      "hearth_outbox_lag_seconds gauge",
      "hearth_domain_events_total gauge",
      "hearth_payments gauge",
      "nodejs_eventloop_lag_seconds gauge",
      "process_cpu_seconds_total counter",
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
    expect(sample(text, "hearth_metrics_database_up")).toBe(1);
  });

  it("counts the scrape itself under its route", async () => {
    await scrape();
    const text = await (await scrape()).text();
    expect(sample(text, 'hearth_http_requests_total{method="GET",route="/api/metrics",status_class="2xx"}')).toBeGreaterThanOrEqual(2);
  });

  it("requires the bearer token when METRICS_TOKEN is set", async () => {
    mutableEnv.METRICS_TOKEN = "scrape-secret-1";
    const missing = await scrape();
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "A valid metrics token is required" } });
    expect((await scrape({ authorization: "Bearer wrong" })).status).toBe(401);
    expect((await scrape({ authorization: "scrape-secret-1" })).status).toBe(401);
    const ok = await scrape({ authorization: "Bearer scrape-secret-1" });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("hearth_http_requests_total");
  });
});

describe("database-backed metrics", () => {
  const created: string[] = [];
  afterAll(async () => {
    await db.outboxEvent.deleteMany({ where: { id: { in: created } } });
  });

  it("reports the outbox lag from the oldest pending event and counts booking events", async () => {
    const registry = new Registry();
    registerDbMetrics(registry, db, { countsTtlMs: 0 });
    const before = await registry.metrics();
    const requestedBefore = before.includes('hearth_domain_events_total{type="booking.requested"}') ? sample(before, 'hearth_domain_events_total{type="booking.requested"}') : 0;

    // Far-future nextAttemptAt: no poller of another test file on a shared database claims it.
    const event = await db.outboxEvent.create({
      data: { type: "booking.requested", payload: {}, createdAt: new Date(Date.now() - 90_000), nextAttemptAt: new Date(Date.now() + 3_600_000) },
      select: { id: true },
    });
    created.push(event.id);

    const text = await registry.metrics();
    expect(sample(text, "hearth_metrics_database_up")).toBe(1);
    expect(sample(text, "hearth_outbox_pending_events")).toBeGreaterThanOrEqual(1);
    expect(sample(text, "hearth_outbox_lag_seconds")).toBeGreaterThanOrEqual(90);
    // Other files only ever add events, so ours shows as at least one more.
    expect(sample(text, 'hearth_domain_events_total{type="booking.requested"}')).toBeGreaterThanOrEqual(requestedBefore + 1);
  });

  it("keeps the scrape alive when the database cannot answer", async () => {
    const registry = new Registry();
    const broken = { $queryRaw: async () => Promise.reject(new Error("connection refused")) } as unknown as typeof db;
    registerDbMetrics(registry, broken);
    const text = await registry.metrics();
    expect(sample(text, "hearth_metrics_database_up")).toBe(0);
  });
});
