import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { findConversationForParticipant } from "./queries";
import { publishToParticipants } from "./publish-to-participants";

/**
 * Moves the actor's read mark to the newest message (never backwards) and tells the participants,
 * so the other side can show "Seen". The mark is a message's createdAt, on the database clock.
 */
export async function markConversationRead({ actor, conversationId }: { actor: Actor; conversationId: string }): Promise<{ lastReadAt: string | null }> {
  const conversation = await findConversationForParticipant(db, conversationId, actor);
  const newest = await db.message.findFirst({ where: { conversationId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { createdAt: true } });
  const mine = conversation.participants.find((p) => p.userId === actor.userId)!;
  if (!newest || (mine.lastReadAt && mine.lastReadAt >= newest.createdAt)) {
    return { lastReadAt: mine.lastReadAt?.toISOString() ?? null };
  }
  const { count } = await db.conversationParticipant.updateMany({
    where: { conversationId, userId: actor.userId, OR: [{ lastReadAt: null }, { lastReadAt: { lt: newest.createdAt } }] },
    data: { lastReadAt: newest.createdAt },
  });
  const lastReadAt = newest.createdAt.toISOString();
  if (count > 0) {
    await publishToParticipants(
      conversation.participants.map((p) => p.userId),
      { type: "read", id: conversationId, data: { conversationId, userId: actor.userId, lastReadAt } },
    );
  }
  return { lastReadAt };
}
