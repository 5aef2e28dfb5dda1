import type { Actor } from "../core/auth/actor";
import { AppError, forbidden, notFound } from "../core/errors";

/** Admins (super admins are admins too) moderate; the check runs in every moderation use case. */
export function assertCanModerate(actor: Actor): void {
  if (actor.role !== "ADMIN") throw forbidden("Only admins moderate reported content");
}

/** A message: only a participant of its conversation, never its sender; others get the conversation's 404. */
export function assertCanReportMessage(actor: Actor, message: { senderId: string; hiddenAt: Date | null; participantIds: string[] }): void {
  if (!message.participantIds.includes(actor.userId)) throw notFound("Message");
  if (message.senderId === actor.userId) throw forbidden("You cannot report your own message");
  if (message.hiddenAt) throw new AppError("INVALID_STATE", "This message was already removed by a moderator");
}

/** A bounty: anyone signed in who can see it, except its poster. A hidden one is 404 to them. */
export function assertCanReportBounty(actor: Actor, bounty: { posterId: string; hiddenAt: Date | null }): void {
  if (bounty.posterId === actor.userId) throw forbidden("You cannot report your own bounty");
  if (bounty.hiddenAt) throw notFound("Bounty");
}

/** A provider profile: anyone signed in, except its owner. A hidden one is 404 to them. */
export function assertCanReportProfile(actor: Actor, profile: { userId: string; hiddenAt: Date | null }): void {
  if (profile.userId === actor.userId) throw forbidden("You cannot report your own profile");
  if (profile.hiddenAt) throw notFound("Provider");
}
