import { route } from "@/lib/core/http";
import { acceptOffer } from "@/lib/bounties/accept-offer";
import { AcceptOfferBody } from "@/lib/bounties/schemas";

/**
 * POST { paymentMethod } → BountyDetail, IN_PROGRESS with the escrow funded. The amount is the
 * offer's, never the client's. 402 PAYMENT_FAILED when the card is refused (nothing changes);
 * 409 INVALID_STATE (details.currentStatus) when the bounty is no longer open.
 */
export const POST = route<{ id: string; offerId: string }>(
  async ({ params, body, requireActor }) => acceptOffer({ ...(await body(AcceptOfferBody)), bountyId: params.id, offerId: params.offerId, actor: requireActor() }),
  { idempotency: "bounties.accept" },
);
