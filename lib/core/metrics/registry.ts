import { db } from "../db";
import { registerDbMetrics } from "./db-metrics";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The one Prometheus registry of this process and every metric in it. Kept on globalThis:
 * Next's dev server re-evaluates modules on reload, and prom-client refuses to register a
 * metric name twice in a registry ("A metric with the name … has already been registered").
 */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status_class">;
  httpDuration: Histogram<"method" | "route" | "status_class">;
  cacheRequests: Counter<"adapter" | "result">;
  /** Provider search results served from the cache or computed (lib/search/search-cache.ts). */
  searchCacheRequests: Counter<"result">;
}

/** hits / (hits + misses) of a counter with a `result` label, computed on scrape. */
function hitRatioGauge(registry: Registry, name: string, help: string, counter: Counter<string>) {
  new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      const values = (await counter.get()).values;
      const total = (result: string) => values.filter((v) => v.labels.result === result).reduce((sum, v) => sum + v.value, 0);
      const hits = total("hit");
      const reads = hits + total("miss");
      this.set(reads === 0 ? 0 : hits / reads);
    },
  });
}

function createMetrics(): Metrics {
  const registry = new Registry();
  // process_* and nodejs_* (CPU, memory, GC, handles, nodejs_eventloop_lag_* …), unprefixed so
  // stock Node.js dashboards work.
  collectDefaultMetrics({ register: registry });

  const httpRequests = new Counter({
    name: "hearth_http_requests_total",
    help: "Requests answered by route handlers, by route pattern and status class",
    labelNames: ["method", "route", "status_class"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "hearth_http_request_duration_seconds",
    help: "Route handler latency, from route() entry to the response, by route pattern",
    labelNames: ["method", "route", "status_class"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const cacheRequests = new Counter({
    name: "hearth_cache_requests_total",
    help: "Cache reads by adapter and result (hit or miss)",
    labelNames: ["adapter", "result"] as const,
    registers: [registry],
  });
  hitRatioGauge(registry, "hearth_cache_hit_ratio", "Cache hits / reads in this process since start (0 before the first read)", cacheRequests);
  const searchCacheRequests = new Counter({
    name: "hearth_search_cache_requests_total",
    help: "Provider searches answered from the cache (hit) or computed (miss)",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  hitRatioGauge(registry, "hearth_search_cache_hit_ratio", "Provider searches served from the cache / all searches in this process since start", searchCacheRequests);
  registerDbMetrics(registry, db);
  return { registry, httpRequests, httpDuration, cacheRequests, searchCacheRequests };
}

const holder = globalThis as unknown as { __hearthMetrics?: Metrics };

export function metrics(): Metrics {
  return (holder.__hearthMetrics ??= createMetrics());
}
