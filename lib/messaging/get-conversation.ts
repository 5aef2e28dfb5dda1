import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { contactDetailsHidden } from "./contact-details-hidden";
import { displayName, messageSelect, toConversationHeader, toMessageDto, type ConversationSummaryDto, type MessageDto } from "./dto";
import { findConversationForParticipant } from "./queries";

export interface ConversationDto extends Pick<ConversationSummaryDto, "id" | "kind" | "title" | "subtitle" | "link"> {
  viewerId: string;
  participants: { userId: string; name: string; lastReadAt: string | null }[];
  /** True while phone numbers and emails are masked (no confirmed booking between the two yet). */
  contactDetailsHidden: boolean;
  pinned: MessageDto[];
}

/** One conversation for a participant: who is in it, their read marks (for "Seen"), pinned messages. */
export async function getConversation({ actor, conversationId }: { actor: Actor; conversationId: string }): Promise<ConversationDto> {
  const conversation = await findConversationForParticipant(db, conversationId, actor);
  const [hidden, pinned] = await Promise.all([
    contactDetailsHidden(db, conversation),
    db.message.findMany({ where: { conversationId, pinnedAt: { not: null } }, orderBy: { pinnedAt: "desc" }, take: 20, select: messageSelect }),
  ]);
  return {
    ...toConversationHeader(conversation, actor.userId),
    viewerId: actor.userId,
    participants: conversation.participants.map((p) => ({ userId: p.userId, name: displayName(p.user), lastReadAt: p.lastReadAt?.toISOString() ?? null })),
    contactDetailsHidden: hidden,
    pinned: pinned.map((row) => toMessageDto(row)),
  };
}
