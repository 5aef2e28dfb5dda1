import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { AppError, notFound } from "../core/errors";
import { logger } from "../core/logger";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { openBountyConversation } from "../messaging/open-bounty-conversation";
import { authorizeEscrow, recordEscrowAuthorization, releaseUnusedAuthorization } from "../payments/authorize-escrow";
import { settleAfterCommit } from "./escrow-settlement";
import { getBounty } from "./get-bounty";
import { assignedUserId, lockBounty } from "./lock-bounty";
import { assertOfferOpen, findOffer } from "./offer-rules";
import { assertCanReceivePayments, assertIsPoster } from "./policies";
import { AcceptOfferInput } from "./schemas";
import { assertTransition } from "./state-machine";

/**
 * The poster gives the bounty to one offer. A paid bounty's card is authorized for the offer's
 * price first (declined → 402, nothing written); then ONE transaction moves the bounty to
 * IN_PROGRESS, accepts the offer, declines every other open offer, records the escrow payment and
 * opens the conversation. Right after the commit the escrow is captured and held in the ledger.
 */
export async function acceptOffer({ actor, now = new Date(), ...input }: AcceptOfferInput & { actor: Actor; now?: Date }) {
  const { bountyId, offerId, paymentMethod } = parseInput(AcceptOfferInput, input);
  // Checked before the card is touched, and again on the locked rows below.
  const before = await db.bounty.findUnique({
    where: { id: bountyId },
    select: {
      posterId: true,
      status: true,
      budgetAmount: true,
      currency: true,
      offers: { where: { id: offerId }, select: { amount: true, status: true, provider: { select: { payoutsEnabled: true, stripeAccountId: true, businessName: true } } } },
    },
  });
  if (!before) throw notFound("Bounty");
  assertIsPoster(actor, { posterId: before.posterId, assignedUserId: null }, "accept an offer");
  assertTransition(before.status, "IN_PROGRESS");
  const offer = before.offers[0];
  if (!offer) throw notFound("Offer");
  assertOfferOpen(offer, "accept it");
  const paid = before.budgetAmount > 0;
  // The escrow is transferred to the provider's connected account on release: no account, no paid bounty.
  if (paid) assertCanReceivePayments(offer.provider, "poster");
  if (paid && !paymentMethod) throw new AppError("VALIDATION_FAILED", "Enter your card details to fund the escrow", { fields: { paymentMethod: ["Enter your card details"] } });

  const auth = paid
    ? await authorizeEscrow({ bountyId, offerId, posterId: before.posterId, amount: offer.amount, currency: before.currency, paymentMethod: paymentMethod! })
    : null;
  try {
    await transactional(async (tx) => {
      const bounty = await lockBounty(tx, bountyId);
      assertIsPoster(actor, { posterId: bounty.posterId, assignedUserId: assignedUserId(bounty) }, "accept an offer");
      assertTransition(bounty.status, "IN_PROGRESS");
      const accepted = await findOffer(tx, bountyId, offerId);
      assertOfferOpen(accepted, "accept it");
      if (auth && accepted.amount !== offer.amount) {
        throw new AppError("CONFLICT", "The provider changed this offer a moment ago. Review it and accept again.", { amount: accepted.amount });
      }
      const declined = await tx.offer.findMany({ where: { bountyId, status: "OPEN", id: { not: offerId } }, select: { id: true } });
      await tx.offer.update({ where: { id: offerId }, data: { status: "ACCEPTED" } });
      await tx.offer.updateMany({ where: { id: { in: declined.map((o) => o.id) } }, data: { status: "DECLINED" } });
      await tx.bounty.update({ where: { id: bountyId }, data: { status: "IN_PROGRESS", acceptedOfferId: offerId, cancelRequestedById: null } });
      if (auth) {
        await recordEscrowAuthorization(tx, { bountyId, customerId: bounty.posterId, providerId: accepted.providerId, amount: accepted.amount, currency: bounty.currency, auth, now });
      }
      await openBountyConversation(tx, { bountyId, posterId: bounty.posterId, providerUserId: accepted.provider.userId });
      await recordEvent(tx, { type: "offer.accepted", actorId: actor.userId, entity: { type: "Bounty", id: bountyId }, data: { bountyId, offerId } });
      for (const { id } of declined) {
        await recordEvent(tx, { type: "offer.declined", actorId: actor.userId, entity: { type: "Offer", id }, data: { bountyId, offerId: id } });
      }
    });
  } catch (error) {
    // The accept did not happen: the card's hold goes back (unless a winning accept holds it).
    if (auth) await releaseUnusedAuthorization(auth).catch((err: unknown) => logger.error({ err, bountyId }, "releasing an unused bounty authorization failed"));
    throw error;
  }
  if (auth) await settleAfterCommit(bountyId, now);
  return getBounty({ actor, bountyId });
}
