import { route } from "@/lib/core/http";
import { resolveDispute } from "@/lib/bounties/resolve-dispute";
import { ResolveDisputeBody } from "@/lib/bounties/schemas";

/** POST { outcome: "refund" | "partial_refund" | "release", refundAmount? } → BountyDetail. Admins only. */
export const POST = route<{ id: string }>(
  async ({ params, body, requireActor }) => resolveDispute({ ...(await body(ResolveDisputeBody)), bountyId: params.id, actor: requireActor() }),
  { idempotency: "bounties.resolve" },
);
