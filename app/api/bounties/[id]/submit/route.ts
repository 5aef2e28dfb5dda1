import { route } from "@/lib/core/http";
import { submitWork } from "@/lib/bounties/submit-work";
import { SubmitWorkBody } from "@/lib/bounties/schemas";

/** POST { notes, photoKeys } → BountyDetail, AWAITING_APPROVAL. The assigned provider only. */
export const POST = route<{ id: string }>(async ({ params, body, requireActor }) => submitWork({ ...(await body(SubmitWorkBody)), bountyId: params.id, actor: requireActor() }), {
  idempotency: "bounties.submit",
});
