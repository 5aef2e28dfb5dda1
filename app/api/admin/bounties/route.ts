import { route } from "@/lib/core/http";
import { listDisputedBounties } from "@/lib/bounties/list-disputed-bounties";

/** GET /api/admin/bounties → { data } the dispute queue, oldest first. Admins only. */
export const GET = route(async ({ requireActor }) => listDisputedBounties({ actor: requireActor() }));
