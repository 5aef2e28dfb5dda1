import { checkDatabase } from "@/lib/adapters/health";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The readiness probe: take the pod out of the Service while its database does not answer. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json({ ready: database.ok }, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
