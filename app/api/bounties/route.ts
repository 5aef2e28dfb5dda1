import { route, respond } from "@/lib/core/http";
import { listBounties } from "@/lib/bounties/list-bounties";
import { postBounty } from "@/lib/bounties/post-bounty";
import { PostBountyInput } from "@/lib/bounties/schemas";

/** GET /api/bounties?category=&lat=&lng=&radiusKm=&minBudget=&maxBudget=&dueWithinDays=&remote=&cursor=&limit= → { data, nextCursor } (public). */
export const GET = route(async ({ searchParams }) => listBounties({ query: searchParams }));

/** POST /api/bounties → 201 BountyDetail. Photos are keys from POST /api/bounties/photos. */
export const POST = route(async ({ body, requireActor }) => respond(201, await postBounty({ ...(await body(PostBountyInput)), actor: requireActor() })), {
  idempotency: "bounties.create",
});
