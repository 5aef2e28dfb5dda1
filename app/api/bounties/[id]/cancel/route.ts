import { route } from "@/lib/core/http";
import { cancelBounty } from "@/lib/bounties/cancel-bounty";
import { CancelBountyBody } from "@/lib/bounties/schemas";

/** POST { reason? } → BountyDetail. Open: the poster cancels. Assigned: the first party's call asks (cancelRequestedBy), the other's confirms and refunds the escrow. */
export const POST = route<{ id: string }>(async ({ params, body, requireActor }) => cancelBounty({ ...(await body(CancelBountyBody)), bountyId: params.id, actor: requireActor() }), {
  idempotency: "bounties.cancel",
});
