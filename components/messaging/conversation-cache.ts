import type { ConversationSummaryDto, MessageDto } from "./chat-api";

/** Pure patches of the inbox query's data for live events (tested on their own). */
export interface Inbox {
  data: ConversationSummaryDto[];
  totalUnread: number;
}

/**
 * A live message moves its conversation to the top with the new excerpt, one more unread unless
 * the viewer sent it. Null when the conversation is not in the list: the caller refetches.
 */
export function withIncomingMessage(inbox: Inbox, message: MessageDto, viewerId: string): Inbox | null {
  const found = inbox.data.find((c) => c.id === message.conversationId);
  if (!found) return null;
  if (found.lastMessage?.id === message.id) return inbox;
  const mine = message.senderId === viewerId;
  const updated: ConversationSummaryDto = {
    ...found,
    lastMessage: { id: message.id, senderId: message.senderId, excerpt: message.body.slice(0, 100), createdAt: message.createdAt, attachments: message.attachments.length },
    lastMessageAt: message.createdAt,
    unreadCount: mine ? 0 : found.unreadCount + 1,
  };
  const totalUnread = Math.max(0, inbox.totalUnread - found.unreadCount + updated.unreadCount);
  return { data: [updated, ...inbox.data.filter((c) => c.id !== found.id)], totalUnread };
}

/** The viewer read a conversation (here or in another tab): its unread count goes to zero. */
export function withConversationRead(inbox: Inbox, conversationId: string): Inbox {
  const found = inbox.data.find((c) => c.id === conversationId);
  if (!found || found.unreadCount === 0) return inbox;
  return {
    data: inbox.data.map((c) => (c.id === conversationId ? { ...c, unreadCount: 0 } : c)),
    totalUnread: Math.max(0, inbox.totalUnread - found.unreadCount),
  };
}
