import { route } from "@/lib/core/http";
import { disputeBounty } from "@/lib/bounties/dispute-bounty";
import { DisputeBountyBody } from "@/lib/bounties/schemas";

/** POST { reason } → BountyDetail, DISPUTED (money frozen until support resolves it). Either party. */
export const POST = route<{ id: string }>(async ({ params, body, requireActor }) => disputeBounty({ ...(await body(DisputeBountyBody)), bountyId: params.id, actor: requireActor() }), {
  idempotency: "bounties.dispute",
});
