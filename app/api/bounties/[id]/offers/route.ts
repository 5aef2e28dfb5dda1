import { route, respond } from "@/lib/core/http";
import { getBounty } from "@/lib/bounties/get-bounty";
import { submitOffer } from "@/lib/bounties/submit-offer";
import { SubmitOfferBody } from "@/lib/bounties/schemas";

/** GET → { data: offers } the caller may see: all of them for the poster and support, a provider's own otherwise. */
export const GET = route<{ id: string }>(async ({ params, requireActor }) => {
  const bounty = await getBounty({ actor: requireActor(), bountyId: params.id });
  return { data: bounty.offers.length ? bounty.offers : bounty.myOffer ? [bounty.myOffer] : [] };
});

/** POST { amount, message, etaDays } → 201 BountyDetail (its `myOffer` is the new offer). */
export const POST = route<{ id: string }>(
  async ({ params, body, requireActor }) => respond(201, await submitOffer({ ...(await body(SubmitOfferBody)), bountyId: params.id, actor: requireActor() })),
  { idempotency: "bounties.offer" },
);
