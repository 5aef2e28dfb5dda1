import { route } from "@/lib/core/http";
import { reviseOffer } from "@/lib/bounties/revise-offer";
import { withdrawOffer } from "@/lib/bounties/withdraw-offer";
import { ReviseOfferBody } from "@/lib/bounties/schemas";

type Params = { id: string; offerId: string };

/** PATCH { amount?, message?, etaDays? } → BountyDetail. The offer's author, while both are open. */
export const PATCH = route<Params>(
  async ({ params, body, requireActor }) => reviseOffer({ ...(await body(ReviseOfferBody)), bountyId: params.id, offerId: params.offerId, actor: requireActor() }),
  { idempotency: "bounties.revise-offer" },
);

/** DELETE → BountyDetail with the offer WITHDRAWN (final). */
export const DELETE = route<Params>(async ({ params, requireActor }) => withdrawOffer({ bountyId: params.id, offerId: params.offerId, actor: requireActor() }), {
  idempotency: "bounties.withdraw-offer",
});
