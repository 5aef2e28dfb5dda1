import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getBounty } from "./get-bounty";
import { lockBounty } from "./lock-bounty";
import { assertOfferOpen, findOffer } from "./offer-rules";
import { assertIsOfferAuthor } from "./policies";
import { OfferIdInput } from "./schemas";
import { assertStatus } from "./state-machine";

/** The provider takes back their open offer while the bounty is open. Final: one offer per bounty. */
export async function withdrawOffer({ actor, ...input }: { actor: Actor; bountyId: string; offerId: string }) {
  const { bountyId, offerId } = parseInput(OfferIdInput, input);
  await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    const offer = await findOffer(tx, bountyId, offerId);
    assertIsOfferAuthor(actor, offer);
    assertStatus(bounty.status, ["OPEN"], "withdraw an offer");
    assertOfferOpen(offer, "withdraw it");
    await tx.offer.update({ where: { id: offerId }, data: { status: "WITHDRAWN" } });
    await recordEvent(tx, { type: "offer.withdrawn", actorId: actor.userId, entity: { type: "Offer", id: offerId }, data: { bountyId, offerId } });
  });
  return getBounty({ actor, bountyId });
}
