import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getBounty } from "./get-bounty";
import { lockBounty } from "./lock-bounty";
import { assertOfferAmount, assertOfferOpen, findOffer } from "./offer-rules";
import { assertIsOfferAuthor } from "./policies";
import { ReviseOfferInput } from "./schemas";
import { assertStatus } from "./state-machine";

/**
 * The provider changes their open offer while the bounty is open; revising the price to the
 * poster's counter is how a counter is accepted. Under the bounty's lock, so an accept that
 * authorized the old price notices the change and refuses instead of charging it.
 */
export async function reviseOffer({ actor, ...input }: ReviseOfferInput & { actor: Actor }) {
  const { bountyId, offerId, amount, message, etaDays } = parseInput(ReviseOfferInput, input);
  await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    const offer = await findOffer(tx, bountyId, offerId);
    assertIsOfferAuthor(actor, offer);
    assertStatus(bounty.status, ["OPEN"], "revise an offer");
    assertOfferOpen(offer, "revise it");
    if (amount !== undefined) assertOfferAmount(bounty.budgetAmount, amount);
    await tx.offer.update({ where: { id: offerId }, data: { amount, message, etaDays } });
    await recordEvent(tx, { type: "offer.revised", actorId: actor.userId, entity: { type: "Offer", id: offerId }, data: { bountyId, offerId } });
  });
  return getBounty({ actor, bountyId });
}
