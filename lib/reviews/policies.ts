import type { Actor } from "../core/auth/actor";
import { AppError, forbidden, notFound } from "../core/errors";
import type { ReviewDirection } from "../generated/prisma/enums";
import { SUB_RATINGS, type SubRating } from "./schemas";
import type { ReviewTarget } from "./review-target";

const DAY_MS = 86_400_000;
/** Both sides may review for 14 days after completion; then the lone review (if any) is published. */
export const REVIEW_WINDOW_MS = 14 * DAY_MS;
/** Whoever has not reviewed yet is reminded this long before the window closes. */
export const REVIEW_REMINDER_LEAD_MS = 3 * DAY_MS;

export type ReviewerRole = "CUSTOMER" | "PROVIDER";

export function reviewDeadline(completedAt: Date): Date {
  return new Date(completedAt.getTime() + REVIEW_WINDOW_MS);
}

export function isReviewWindowOpen(target: Pick<ReviewTarget, "completed" | "completedAt">, now: Date): boolean {
  return target.completed && target.completedAt !== null && now < reviewDeadline(target.completedAt);
}

/** The side the actor is on, or null for anyone else. */
export function reviewerRole(actor: Pick<Actor, "userId">, target: Pick<ReviewTarget, "customerId" | "providerUserId">): ReviewerRole | null {
  if (target.customerId === actor.userId) return "CUSTOMER";
  if (target.providerUserId !== null && target.providerUserId === actor.userId) return "PROVIDER";
  return null;
}

/** Parties and admins may look at a target's review status; anyone else gets a 404, as for the booking itself. */
export function assertCanViewReviewStatus(actor: Actor, target: ReviewTarget): ReviewerRole | "ADMIN" {
  const role = reviewerRole(actor, target);
  if (role) return role;
  if (actor.role === "ADMIN") return "ADMIN";
  throw notFound(target.kind === "booking" ? "Booking" : "Bounty");
}

/**
 * Only the two parties of completed work review it, each once, within the window. Returns who
 * reviews whom. Strangers get the same 404 as for a missing booking.
 */
export function assertCanReview(actor: Actor, target: ReviewTarget, now: Date): { direction: ReviewDirection; subjectId: string } {
  const role = reviewerRole(actor, target);
  if (!role) {
    if (actor.role === "ADMIN") throw forbidden("Only the customer and the provider can review");
    throw notFound(target.kind === "booking" ? "Booking" : "Bounty");
  }
  // A bounty nobody took on has nobody to review, whatever its status says.
  if (!target.completed || !target.completedAt || target.providerUserId === null) {
    throw new AppError("INVALID_STATE", "You can leave a review once the job is completed");
  }
  const deadline = reviewDeadline(target.completedAt);
  if (now >= deadline) {
    throw new AppError("INVALID_STATE", "The review window has closed", { deadline: deadline.toISOString() });
  }
  return role === "CUSTOMER"
    ? { direction: "CUSTOMER_TO_PROVIDER", subjectId: target.providerUserId }
    : { direction: "PROVIDER_TO_CUSTOMER", subjectId: target.customerId };
}

/** Sub-ratings describe a provider's work: required when a customer reviews one, refused otherwise. */
export function assertSubRatingsFit(direction: ReviewDirection, input: Partial<Record<SubRating, number>>): void {
  const fields: Record<string, string[]> = {};
  for (const key of SUB_RATINGS) {
    const given = input[key] !== undefined && input[key] !== null;
    if (direction === "CUSTOMER_TO_PROVIDER" && !given) fields[key] = [`Rate ${key} from 1 to 5 stars`];
    if (direction === "PROVIDER_TO_CUSTOMER" && given) fields[key] = ["Only reviews of providers have sub-ratings"];
  }
  if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields });
}

interface VisibleReview {
  authorId: string;
  publishedAt: Date | null;
  hiddenAt: Date | null;
}

/** Double-blind: a review is public once published and until hidden; its author always sees it. */
export function isPublic(review: Pick<VisibleReview, "publishedAt" | "hiddenAt">): boolean {
  return review.publishedAt !== null && review.hiddenAt === null;
}

/** A review the actor may not see answers 404, so its existence does not leak. */
export function assertCanSeeReview(actor: Actor | null, review: VisibleReview): void {
  if (isPublic(review)) return;
  if (actor && (actor.userId === review.authorId || actor.role === "ADMIN")) return;
  throw notFound("Review");
}

/** The reviewed provider answers a published review of them, once. */
export function assertCanReply(actor: Actor, review: VisibleReview & { subjectId: string; direction: ReviewDirection; reply: string | null }): void {
  assertCanSeeReview(actor, review);
  if (review.direction !== "CUSTOMER_TO_PROVIDER" || review.subjectId !== actor.userId) {
    throw forbidden("Only the reviewed provider can reply");
  }
  if (!isPublic(review)) throw new AppError("INVALID_STATE", "You can reply once the review is published");
  if (review.reply !== null) throw new AppError("CONFLICT", "You have already replied to this review");
}

/** Any signed-in user may report a public review, except its author. */
export function assertCanReport(actor: Actor, review: VisibleReview): void {
  assertCanSeeReview(actor, review);
  if (!isPublic(review)) throw notFound("Review");
  if (review.authorId === actor.userId) throw forbidden("You cannot report your own review");
}

export function assertCanModerate(actor: Actor): void {
  if (actor.role !== "ADMIN") throw forbidden("Only admins moderate reviews");
}

/** The reviews a provider's public profile shows (and the only ones its rating counts). */
export function publicReviewsOfProvider(providerUserId: string) {
  return { subjectId: providerUserId, direction: "CUSTOMER_TO_PROVIDER", publishedAt: { not: null }, hiddenAt: null } as const;
}
