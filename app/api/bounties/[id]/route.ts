import { route } from "@/lib/core/http";
import { getBounty } from "@/lib/bounties/get-bounty";

/** GET /api/bounties/{id} → BountyDetail as the caller may see it (anonymous callers get the public view). */
export const GET = route<{ id: string }>(async ({ params, actor }) => getBounty({ actor, bountyId: params.id }));
