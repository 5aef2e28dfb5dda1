import { env } from "@/lib/core/env";
import { route } from "@/lib/core/http";
import { authorizeMetrics } from "@/lib/core/metrics/authorize-metrics";
import { metrics } from "@/lib/core/metrics/registry";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Prometheus scrape endpoint (docs/operations.md). */
export const GET = route(async ({ request }) => {
  authorizeMetrics(request.headers.get("authorization"), env.METRICS_TOKEN);
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "content-type": registry.contentType, "cache-control": "no-store" },
  });
}, { globalLimit: false });
