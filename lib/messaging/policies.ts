import type { Actor } from "../core/auth/actor";
import { AppError, notFound } from "../core/errors";

/**
 * Conversations are private to their participants. Anyone else, admins included, gets the same
 * 404 as for a conversation that does not exist, so ids reveal nothing.
 */
export function assertParticipant(actor: Actor, conversation: { participants: { userId: string }[] } | null): void {
  if (!conversation || !conversation.participants.some((p) => p.userId === actor.userId)) throw notFound("Conversation");
}

/** Inquiries are customers asking a provider before booking: not admins, not a provider asking itself. */
export function assertCanOpenInquiry(actor: Actor, provider: { userId: string }): void {
  if (actor.role === "ADMIN") throw new AppError("FORBIDDEN", "Admins cannot start inquiries");
  if (provider.userId === actor.userId) throw new AppError("FORBIDDEN", "You cannot message yourself");
}

/** A booking's conversation is open to its customer and its provider; others get a 404. */
export function assertBookingParty(actor: Actor, booking: { customerId: string; provider: { userId: string } } | null): void {
  if (!booking || (booking.customerId !== actor.userId && booking.provider.userId !== actor.userId)) throw notFound("Booking");
}
