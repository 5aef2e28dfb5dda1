import type { Tx } from "../core/db";

export interface OpenBountyConversationOptions {
  bountyId: string;
  /** The bounty's poster (User id). */
  posterId: string;
  /** The accepted offer's provider (their User id, not the profile id). */
  providerUserId: string;
}

/**
 * For the bounty flow: call it inside the transaction that accepts an offer, which has already
 * authorised the poster. Idempotent per bounty (Conversation.bountyId is unique).
 */
export async function openBountyConversation(tx: Tx, { bountyId, posterId, providerUserId }: OpenBountyConversationOptions): Promise<{ id: string }> {
  const userIds = [...new Set([posterId, providerUserId])];
  return tx.conversation.upsert({
    where: { bountyId },
    update: {},
    create: { kind: "BOUNTY", bountyId, participants: { create: userIds.map((userId) => ({ userId })) } },
    select: { id: true },
  });
}
