import { route } from "@/lib/core/http";
import { approveWork } from "@/lib/bounties/approve-work";

/** POST → BountyDetail, COMPLETED with the escrow released. The poster only. */
export const POST = route<{ id: string }>(async ({ params, requireActor }) => approveWork({ bountyId: params.id, actor: requireActor() }), {
  idempotency: "bounties.approve",
});
