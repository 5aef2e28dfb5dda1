import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import type { BountyStatus } from "../generated/prisma/enums";

/**
 * Who may do what to a bounty. Bounties are public (the board), so a stranger's act is a 403, not
 * the 404 that hides bookings. Every use case calls one of these on the locked row.
 */

interface BountyParties {
  posterId: string;
  /** The assigned provider's user id, once an offer was accepted. */
  assignedUserId: string | null;
}

export type ViewerRole = "poster" | "assigned" | "provider" | "public" | "admin";

export function viewerRoleOf(actor: Actor | null, bounty: BountyParties): ViewerRole {
  if (!actor) return "public";
  if (bounty.posterId === actor.userId) return "poster";
  if (bounty.assignedUserId === actor.userId) return "assigned";
  if (actor.role === "ADMIN") return "admin";
  if (actor.providerId) return "provider";
  return "public";
}

export const isParty = (role: ViewerRole) => role === "poster" || role === "assigned";

export function assertCanPost(actor: Actor): void {
  if (actor.role === "ADMIN") throw new AppError("FORBIDDEN", "Admins cannot post bounties");
}

export function assertIsPoster(actor: Actor, bounty: BountyParties, action = "do this"): void {
  if (bounty.posterId !== actor.userId) throw new AppError("FORBIDDEN", `Only the person who posted the bounty can ${action}`);
}

export function assertIsAssigned(actor: Actor, bounty: BountyParties, action = "do this"): void {
  if (!bounty.assignedUserId || bounty.assignedUserId !== actor.userId) throw new AppError("FORBIDDEN", `Only the provider working on this bounty can ${action}`);
}

/** The poster or the assigned provider; the other party is the one to confirm a cancellation. */
export function assertIsParty(actor: Actor, bounty: BountyParties, action = "do this"): "poster" | "assigned" {
  const role = viewerRoleOf(actor, bounty);
  if (role === "poster" || role === "assigned") return role;
  throw new AppError("FORBIDDEN", `Only the poster and the provider working on this bounty can ${action}`);
}

export function assertIsAdmin(actor: Actor): void {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only Hearth support can do this");
}

/**
 * Offers and questions come from providers, never on their own bounty (a provider may post bounties
 * as a customer would; that does not let them bid on them). Verified-only bounties want a provider
 * whose verification is VERIFIED.
 */
export function assertCanBid(actor: Actor, bounty: BountyParties & { verifiedOnly?: boolean }, provider: { verification: string } | null, action: string): string {
  if (!actor.providerId || !provider) throw new AppError("FORBIDDEN", `Only providers can ${action}`);
  if (bounty.posterId === actor.userId) throw new AppError("FORBIDDEN", `You cannot ${action} on your own bounty`);
  if (bounty.verifiedOnly && provider.verification !== "VERIFIED") {
    throw new AppError("FORBIDDEN", "This bounty is open to verified providers only", { reason: "VERIFIED_ONLY" });
  }
  return actor.providerId;
}

/** Who can be paid for a bounty: a connected account whose payouts the processor enabled. */
export const canReceivePayments = (provider: { payoutsEnabled: boolean; stripeAccountId: string | null }) => provider.payoutsEnabled && provider.stripeAccountId !== null;

/**
 * A paid bounty's money ends in the provider's connected account (a transfer on release), so only
 * a provider who finished payout setup may offer on one, or be chosen for one.
 */
export function assertCanReceivePayments(provider: { payoutsEnabled: boolean; stripeAccountId: string | null; businessName: string }, viewer: "provider" | "poster"): void {
  if (canReceivePayments(provider)) return;
  const message =
    viewer === "provider"
      ? "Set up payouts before you make offers on paid bounties: that is where the money goes when the work is approved."
      : `${provider.businessName} can't be paid yet: their payout account isn't set up. Choose another offer, or ask them to finish setting up payouts.`;
  throw new AppError("INVALID_STATE", message, { reason: "PROVIDER_NOT_ONBOARDED" });
}

export function assertIsOfferAuthor(actor: Actor, offer: { providerId: string }): void {
  if (!actor.providerId || actor.providerId !== offer.providerId) throw new AppError("FORBIDDEN", "Only the provider who made the offer can change it");
}

export interface AllowedActions {
  ask: boolean;
  offer: boolean;
  accept: boolean;
  submit: boolean;
  approve: boolean;
  requestChanges: boolean;
  cancel: boolean;
  confirmCancel: boolean;
  dispute: boolean;
  resolve: boolean;
}

/** What the page may offer the viewer; every use case checks again on the locked row. */
export function allowedActions(
  role: ViewerRole,
  actor: Actor | null,
  bounty: { status: BountyStatus; verifiedOnly: boolean; changeRequests: number; cancelRequestedById: string | null },
  ctx: { hasOffer: boolean; verified: boolean; maxChangeRequests: number; paid?: boolean; payoutsReady?: boolean },
): AllowedActions {
  const { status } = bounty;
  const bidder = role === "provider" && (!bounty.verifiedOnly || ctx.verified);
  const canBePaid = !ctx.paid || ctx.payoutsReady === true;
  const working = status === "IN_PROGRESS" || status === "AWAITING_APPROVAL";
  const party = isParty(role);
  return {
    ask: bidder && status === "OPEN",
    offer: bidder && canBePaid && status === "OPEN" && !ctx.hasOffer,
    accept: role === "poster" && status === "OPEN",
    submit: role === "assigned" && status === "IN_PROGRESS",
    approve: role === "poster" && status === "AWAITING_APPROVAL",
    requestChanges: role === "poster" && status === "AWAITING_APPROVAL" && bounty.changeRequests < ctx.maxChangeRequests,
    cancel: (role === "poster" && (status === "OPEN" || status === "UNDER_REVIEW")) || (party && working && !bounty.cancelRequestedById) || (role === "admin" && (status === "OPEN" || working)),
    confirmCancel: party && working && !!bounty.cancelRequestedById && bounty.cancelRequestedById !== actor?.userId,
    dispute: party && working,
    resolve: role === "admin" && status === "DISPUTED",
  };
}
