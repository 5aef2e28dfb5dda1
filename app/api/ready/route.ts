import { checkDatabase } from "@/lib/adapters/health";
import { isDraining } from "@/lib/core/lifecycle";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The readiness probe: take the pod out of the Service while its database does not answer, and
 * from the moment it starts shutting down (SIGTERM), so no new traffic is routed to it.
 */
export async function GET() {
  if (isDraining()) return Response.json({ ready: false, draining: true }, { status: 503, headers: { "Cache-Control": "no-store" } });
  const database = await checkDatabase();
  return Response.json({ ready: database.ok }, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
