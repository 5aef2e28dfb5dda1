import { route } from "@/lib/core/http";
import { retryEscrowRefund } from "@/lib/bounties/retry-escrow-refund";

/** POST → BountyDetail: retries an escrow refund the processor reported as failed. Admins only. */
export const POST = route<{ id: string }>(async ({ params, requireActor }) => retryEscrowRefund({ bountyId: params.id, actor: requireActor() }), {
  idempotency: "bounties.retry_refund",
});
