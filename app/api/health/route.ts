import { checkHealth } from "@/lib/adapters/health";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const noStore = { "Cache-Control": "no-store" };

/**
 * `?probe=live` is the Kubernetes liveness probe: it answers as long as the process serves
 * requests and touches no dependency, so a database outage does not make the kubelet restart
 * every pod. Without it: the full report, 503 when the database is unreachable (a cache outage
 * only degrades, since the app falls back to per-instance limits and misses).
 */
export async function GET(request: Request) {
  if (new URL(request.url).searchParams.get("probe") === "live") {
    return Response.json({ status: "ok" }, { headers: noStore });
  }
  const report = await checkHealth();
  return Response.json(report, { status: report.checks.database.ok ? 200 : 503, headers: noStore });
}
