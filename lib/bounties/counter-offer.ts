import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getBounty } from "./get-bounty";
import { assignedUserId, lockBounty } from "./lock-bounty";
import { assertOfferOpen, findOffer } from "./offer-rules";
import { assertIsPoster } from "./policies";
import { CounterOfferInput } from "./schemas";
import { assertStatus } from "./state-machine";

/**
 * The poster proposes another price, once per offer. The provider accepts it by revising their
 * offer to that price (the poster then accepts the offer as usual); nothing is charged here.
 */
export async function counterOffer({ actor, now = new Date(), ...input }: { actor: Actor; bountyId: string; offerId: string; amount: number; now?: Date }) {
  const { bountyId, offerId, amount } = parseInput(CounterOfferInput, input);
  await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    assertIsPoster(actor, { posterId: bounty.posterId, assignedUserId: assignedUserId(bounty) }, "counter an offer");
    assertStatus(bounty.status, ["OPEN"], "counter an offer");
    if (bounty.budgetAmount === 0) throw new AppError("INVALID_STATE", "A for-honor bounty has no price to counter", { reason: "FOR_HONOR" });
    const offer = await findOffer(tx, bountyId, offerId);
    assertOfferOpen(offer, "counter it");
    if (offer.counteredAt) throw new AppError("CONFLICT", "You already countered this offer", { counterAmount: offer.counterAmount });
    if (amount === offer.amount) throw new AppError("VALIDATION_FAILED", "A counter names a different price", { fields: { amount: ["Propose a different price"] } });
    await tx.offer.update({ where: { id: offerId }, data: { counterAmount: amount, counteredAt: now } });
    await recordEvent(tx, { type: "offer.countered", actorId: actor.userId, entity: { type: "Offer", id: offerId }, data: { bountyId, offerId } });
  });
  return getBounty({ actor, bountyId });
}
