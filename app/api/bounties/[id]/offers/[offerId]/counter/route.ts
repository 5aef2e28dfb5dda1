import { route } from "@/lib/core/http";
import { counterOffer } from "@/lib/bounties/counter-offer";
import { CounterOfferBody } from "@/lib/bounties/schemas";

/** POST { amount } → BountyDetail. The poster, once per offer, paid bounties only. */
export const POST = route<{ id: string; offerId: string }>(
  async ({ params, body, requireActor }) => counterOffer({ ...(await body(CounterOfferBody)), bountyId: params.id, offerId: params.offerId, actor: requireActor() }),
  { idempotency: "bounties.counter" },
);
