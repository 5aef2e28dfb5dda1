import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { notFound } from "../core/errors";
import { findConversationForParticipant } from "./queries";
import { publishToParticipants } from "./publish-to-participants";

export interface SetMessagePinnedOptions {
  actor: Actor;
  conversationId: string;
  messageId: string;
  pinned: boolean;
}

/** Any participant may pin or unpin any message of the conversation; pinning twice is a no-op. */
export async function setMessagePinned({ actor, conversationId, messageId, pinned }: SetMessagePinnedOptions): Promise<{ messageId: string; pinnedAt: string | null }> {
  const conversation = await findConversationForParticipant(db, conversationId, actor);
  const message = await db.message.findFirst({ where: { id: messageId, conversationId }, select: { id: true, pinnedAt: true } });
  if (!message) throw notFound("Message");
  if (Boolean(message.pinnedAt) === pinned) return { messageId, pinnedAt: message.pinnedAt?.toISOString() ?? null };

  const updated = await db.$transaction(async (tx) => {
    const row = await tx.message.update({ where: { id: messageId }, data: { pinnedAt: pinned ? new Date() : null }, select: { pinnedAt: true } });
    // No domain event (nothing reacts to pins), but the shared state change is audited.
    await tx.auditLog.create({
      data: { actorId: actor.userId, action: pinned ? "message.pinned" : "message.unpinned", entityType: "Message", entityId: messageId, data: { conversationId } },
    });
    return row;
  });
  const pinnedAt = updated.pinnedAt?.toISOString() ?? null;
  await publishToParticipants(
    conversation.participants.map((p) => p.userId),
    { type: "pin", id: messageId, data: { conversationId, messageId, pinnedAt, by: actor.userId } },
  );
  return { messageId, pinnedAt };
}
