import { route } from "@/lib/core/http";
import { listDisputedBounties } from "@/lib/bounties/list-disputed-bounties";
import { listFailedEscrowRefunds } from "@/lib/bounties/list-failed-escrow-refunds";

/**
 * GET /api/admin/bounties → { data, failedRefunds }: the dispute queue, oldest first (with who
 * opened each dispute and why), and the escrow refunds the processor could not complete. Admins only.
 */
export const GET = route(async ({ requireActor }) => {
  const actor = requireActor();
  const [{ data }, { data: failedRefunds }] = await Promise.all([listDisputedBounties({ actor }), listFailedEscrowRefunds({ actor })]);
  return { data, failedRefunds };
});
