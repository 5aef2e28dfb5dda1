import type { Db, Tx } from "../core/db";
import type { BookingStatus, ConversationKind } from "../generated/prisma/enums";

/**
 * A booking that went ahead. A cancelled one does not count, even if it was confirmed first:
 * otherwise booking, confirming and cancelling would be a way round the masking.
 */
export const CONFIRMED_STATUSES: BookingStatus[] = ["CONFIRMED", "COMPLETED", "NO_SHOW"];

interface ConversationForMasking {
  kind: ConversationKind;
  inquiryKey: string | null;
  booking: { customerId: string; providerId: string } | null;
}

/** The customer and provider (profile id) a conversation is between, if it is a booking or an inquiry. */
export function conversationPair(conversation: ConversationForMasking): { customerId: string; providerId: string } | null {
  if (conversation.booking) return { customerId: conversation.booking.customerId, providerId: conversation.booking.providerId };
  if (conversation.kind === "INQUIRY" && conversation.inquiryKey) {
    const [customerId, providerId] = conversation.inquiryKey.split(":");
    if (customerId && providerId) return { customerId, providerId };
  }
  return null;
}

/**
 * Phone numbers and email addresses stay hidden until the pair has a confirmed booking, so the
 * job and its payment stay on the platform. Bounty conversations start once an offer is accepted
 * and paid through escrow, so nothing is hidden there.
 */
export async function contactDetailsHidden(client: Db | Tx, conversation: ConversationForMasking): Promise<boolean> {
  if (conversation.kind === "BOUNTY") return false;
  const pair = conversationPair(conversation);
  if (!pair) return true;
  const confirmed = await client.booking.findFirst({
    where: { customerId: pair.customerId, providerId: pair.providerId, status: { in: CONFIRMED_STATUSES } },
    select: { id: true },
  });
  return confirmed === null;
}
