import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { env } from "../core/env";
import { notFound } from "../core/errors";
import { isTestMode } from "../payments/get-payment-processor";
import { escrowBalance } from "./escrow";
import { escrowCardForm } from "./card-form";
import { bountyDetailSelect, disputeOpenerOf, offerSelect, questionSelect, toBountyCard, toOfferDto, toQuestionDto, type BountyDetailRow } from "./dto";
import { photoUrls } from "./photos";
import { allowedActions, canReceivePayments, isParty, viewerRoleOf, type ViewerRole } from "./policies";

/**
 * One bounty as `actor` may see it. Everyone: the job, the public Q&A, who it was given to.
 * The poster and support: every offer. A provider: their own offer. The two parties and support:
 * the address, the price agreed, the conversation, the evidence and the money.
 */
export async function getBounty({ actor, bountyId }: { actor: Actor | null; bountyId: string }) {
  const row = await db.bounty.findUnique({ where: { id: bountyId }, select: { ...bountyDetailSelect, hiddenAt: true } });
  if (!row) throw notFound("Bounty");
  const assignedUserId = row.acceptedOffer?.provider.userId ?? null;
  const viewerRole = viewerRoleOf(actor, { posterId: row.poster.id, assignedUserId });
  // Hidden by a moderator (lib/moderation): only its poster and support still see it.
  if (row.hiddenAt && viewerRole !== "poster" && viewerRole !== "admin") throw notFound("Bounty");
  // An open bounty of a suspended poster is off the board and off its page for all but support;
  // once work started the assigned provider still needs it (payment, dispute, conversation).
  if (row.status === "OPEN" && viewerRole !== "admin" && (await isPosterSuspended(row.poster.id))) throw notFound("Bounty");
  // Held by risk scoring: only its poster (who sees "under review") and support know it exists.
  if (row.status === "UNDER_REVIEW" && viewerRole !== "poster" && viewerRole !== "admin") throw notFound("Bounty");
  const privileged = isParty(viewerRole) || viewerRole === "admin";
  const seesAllOffers = viewerRole === "poster" || viewerRole === "admin";

  const [questions, offers, myOffer, me] = await Promise.all([
    loadQuestions(bountyId),
    seesAllOffers ? db.offer.findMany({ where: { bountyId }, select: offerSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }) : Promise.resolve([]),
    actor?.providerId ? db.offer.findUnique({ where: { bountyId_providerId: { bountyId, providerId: actor.providerId } }, select: offerSelect }) : Promise.resolve(null),
    actor?.providerId ? db.providerProfile.findUnique({ where: { id: actor.providerId }, select: { verification: true, payoutsEnabled: true, stripeAccountId: true } }) : Promise.resolve(null),
  ]);
  const maxChangeRequests = env.BOUNTY_MAX_CHANGE_REQUESTS;

  return {
    ...toBountyCard(row),
    description: row.description,
    addressLine: privileged && !row.isRemote ? row.addressLine : null,
    photos: photoUrls(row.photoKeys),
    poster: { id: row.poster.id, name: privileged ? row.poster.name : toBountyCard(row).poster.name },
    assignedProvider: row.acceptedOffer ? { id: row.acceptedOffer.provider.id, slug: row.acceptedOffer.provider.slug, businessName: row.acceptedOffer.provider.businessName } : null,
    acceptedOffer: privileged && row.acceptedOffer ? toOfferDto(row.acceptedOffer) : null,
    changeRequests: row.changeRequests,
    maxChangeRequests,
    /** The poster's latest "please change …" (parties and support). */
    lastChangeRequest: privileged && row.changeRequestReason ? { reason: row.changeRequestReason, at: row.changeRequestedAt?.toISOString() ?? null } : null,
    cancelRequestedBy: privileged ? cancelRequester(row, assignedUserId) : null,
    /** The ask to cancel an assigned bounty, with its reason (parties and support). */
    cancelRequest: privileged && row.cancelRequestedById ? { by: cancelRequester(row, assignedUserId), reason: row.cancelRequestReason } : null,
    /** Who cancelled and why (parties and support). */
    cancellation: privileged && row.status === "CANCELLED" ? { by: canceller(row, assignedUserId), reason: row.cancelReason, at: row.cancelledAt?.toISOString() ?? null } : null,
    /** Who opened the dispute (the poster, the provider, or the poster's bank) and why (parties and support). */
    dispute:
      privileged && row.disputedAt
        ? {
            openedBy: disputeOpenerOf({ ...row, provider: row.acceptedOffer ? { userId: row.acceptedOffer.provider.userId, businessName: row.acceptedOffer.provider.businessName } : null }),
            reason: row.disputeReason,
            at: row.disputedAt.toISOString(),
          }
        : null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    autoReleaseAt: row.autoReleaseAt?.toISOString() ?? null,
    releasedAt: row.releasedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    disputedAt: row.disputedAt?.toISOString() ?? null,
    disputeReason: privileged ? row.disputeReason : null,
    disputeResolution: row.disputeResolution,
    viewerRole,
    /** Hidden by a moderator: shown to the poster and support only. */
    hiddenByModerator: row.hiddenAt !== null,
    questions,
    offers: seesAllOffers ? offers.map(toOfferDto) : [],
    myOffer: myOffer ? toOfferDto(myOffer) : null,
    conversationId: isParty(viewerRole) ? (row.conversation?.id ?? null) : null,
    submission: privileged && row.submittedAt ? { notes: row.submissionNotes ?? "", photos: photoUrls(row.submissionPhotoKeys), submittedAt: row.submittedAt.toISOString() } : null,
    payment: privileged ? await paymentSummary(row) : null,
    /** Whether money on this page is pretend money (the built-in test-mode processor). */
    testMode: isTestMode(row.payment?.processor),
    /** How the poster pays the escrow when accepting (Stripe Elements or the test card field). */
    cardForm: viewerRole === "poster" && row.status === "OPEN" && row.budgetAmount > 0 ? escrowCardForm() : null,
    /** A provider who may not offer on this paid bounty until their payout setup is finished. */
    needsPayoutSetup: viewerRole === "provider" && row.budgetAmount > 0 && !!me && !canReceivePayments(me),
    allowed: allowedActions(viewerRole, actor, row, {
      hasOffer: Boolean(myOffer),
      verified: me?.verification === "VERIFIED",
      maxChangeRequests,
      paid: row.budgetAmount > 0,
      payoutsReady: !!me && canReceivePayments(me),
    }),
  };
}

export type BountyDetail = Awaited<ReturnType<typeof getBounty>>;
export type { ViewerRole };

function cancelRequester(row: BountyDetailRow, assignedUserId: string | null): "poster" | "provider" | null {
  if (!row.cancelRequestedById) return null;
  if (row.cancelRequestedById === row.poster.id) return "poster";
  return row.cancelRequestedById === assignedUserId ? "provider" : null;
}

/** Who cancelled: a party, support (any other user: only admins may), or the system (a lost chargeback). */
function canceller(row: BountyDetailRow, assignedUserId: string | null): "poster" | "provider" | "admin" | "system" {
  if (!row.cancelledById) return "system";
  if (row.cancelledById === row.poster.id) return "poster";
  return row.cancelledById === assignedUserId ? "provider" : "admin";
}

async function loadQuestions(bountyId: string) {
  const rows = await db.bountyQuestion.findMany({ where: { bountyId }, select: questionSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const authors = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } },
    select: { id: true, name: true, providerProfile: { select: { businessName: true } } },
  });
  const nameOf = new Map(authors.map((a) => [a.id, a.providerProfile?.businessName ?? a.name]));
  return rows.map((r) => toQuestionDto(r, nameOf.get(r.authorId) ?? null));
}

/** The escrow as the parties see it: what was paid, what is held, released or returned. */
async function paymentSummary(row: BountyDetailRow) {
  const payment = row.payment;
  if (!payment) return null;
  const balance = await escrowBalance(db, payment.id);
  return {
    status: payment.status,
    amount: payment.amount,
    currency: payment.currency,
    capturedAmount: payment.capturedAmount,
    heldAmount: balance.held,
    releasedAmount: balance.released,
    platformFeeAmount: payment.platformFeeAmount,
    /** What the provider earned from the release (released minus the platform fee). */
    providerAmount: balance.released - payment.platformFeeAmount,
    refundedAmount: payment.refundedAmount,
    /** Paid out of the escrow to the provider's connected account (after a release). */
    transferredAmount: payment.transferredAmount,
    transferredAt: payment.transferredAt?.toISOString() ?? null,
    /** The poster's bank contests the charge: nothing moves until it closes. */
    chargeback: payment.chargebackOpenedAt
      ? { openedAt: payment.chargebackOpenedAt.toISOString(), closedAt: payment.chargebackClosedAt?.toISOString() ?? null, outcome: payment.chargebackOutcome }
      : null,
    /** A refund the processor could not complete; Hearth support follows it up. */
    refundFailedAt: payment.refundFailedAt?.toISOString() ?? null,
    testMode: isTestMode(payment.processor),
  };
}

async function isPosterSuspended(posterId: string): Promise<boolean> {
  return (await db.user.count({ where: { id: posterId, disabledAt: { not: null } } })) > 0;
}
