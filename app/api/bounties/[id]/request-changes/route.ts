import { route } from "@/lib/core/http";
import { requestChanges } from "@/lib/bounties/request-changes";
import { RequestChangesBody } from "@/lib/bounties/schemas";

/** POST { reason } → BountyDetail, back IN_PROGRESS. The poster only, BOUNTY_MAX_CHANGE_REQUESTS times. */
export const POST = route<{ id: string }>(async ({ params, body, requireActor }) => requestChanges({ ...(await body(RequestChangesBody)), bountyId: params.id, actor: requireActor() }), {
  idempotency: "bounties.request-changes",
});
