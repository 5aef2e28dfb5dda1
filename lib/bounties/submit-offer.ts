import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getBounty } from "./get-bounty";
import { assertListedForProviders, assignedUserId, lockBounty } from "./lock-bounty";
import { assertOfferAmount, assertUnderOfferCap } from "./offer-rules";
import { assertCanBid, assertCanReceivePayments } from "./policies";
import { SubmitOfferInput } from "./schemas";
import { assertStatus } from "./state-machine";

/**
 * A provider offers to do an open bounty: one offer per provider per bounty (revise it rather than
 * offering again; a withdrawn offer stays withdrawn), never on their own bounty, verified providers
 * only where the poster asked for that, providers who can be paid only on a paid bounty, and at most
 * BOUNTY_MAX_OPEN_OFFERS_PER_DAY a day.
 */
export async function submitOffer({ actor, now = new Date(), ...input }: SubmitOfferInput & { actor: Actor; now?: Date }) {
  const { bountyId, amount, message, etaDays } = parseInput(SubmitOfferInput, input);
  const provider = actor.providerId
    ? await db.providerProfile.findUnique({ where: { id: actor.providerId }, select: { verification: true, payoutsEnabled: true, stripeAccountId: true, businessName: true } })
    : null;
  await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    const providerId = assertCanBid(actor, { ...bounty, assignedUserId: assignedUserId(bounty) }, provider, "make offers");
    assertStatus(bounty.status, ["OPEN"], "make an offer");
    // A hidden bounty (moderated, or its poster suspended) refuses an offer made from a stale page.
    await assertListedForProviders(tx, bounty);
    assertOfferAmount(bounty.budgetAmount, amount);
    if (bounty.budgetAmount > 0) assertCanReceivePayments(provider!, "provider");
    const existing = await tx.offer.findUnique({ where: { bountyId_providerId: { bountyId, providerId } }, select: { id: true, status: true } });
    if (existing) {
      throw new AppError("CONFLICT", existing.status === "OPEN" ? "You already made an offer here; revise it instead" : "You already made an offer on this bounty", {
        offerId: existing.id,
        offerStatus: existing.status,
      });
    }
    await assertUnderOfferCap(tx, providerId, now);
    const offer = await tx.offer.create({
      data: { bountyId, providerId, amount, currency: bounty.currency, message, etaDays, createdAt: now },
      select: { id: true },
    });
    await recordEvent(tx, { type: "offer.submitted", actorId: actor.userId, entity: { type: "Offer", id: offer.id }, data: { bountyId, offerId: offer.id } });
  });
  return getBounty({ actor, bountyId });
}
