import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { conversationSelect, excerpt, REMOVED_BY_MODERATOR, toConversationHeader, type ConversationSummaryDto } from "./dto";
import { unreadCounts } from "./queries";
import { ListConversationsInput } from "./schemas";

/** The actor's conversations, most recently active first, each with its unread count. */
export async function listConversations({ actor, ...input }: { actor: Actor; limit?: number }): Promise<{ data: ConversationSummaryDto[]; totalUnread: number }> {
  const { limit } = parseInput(ListConversationsInput, input);
  const [rows, unread] = await Promise.all([
    db.conversation.findMany({
      where: { participants: { some: { userId: actor.userId } } },
      orderBy: [{ lastMessageAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take: limit,
      select: {
        ...conversationSelect,
        messages: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 1,
          select: { id: true, senderId: true, body: true, hiddenAt: true, createdAt: true, _count: { select: { attachments: true } } },
        },
      },
    }),
    unreadCounts(db, actor.userId),
  ]);
  const data = rows.map((row): ConversationSummaryDto => {
    const last = row.messages[0];
    return {
      ...toConversationHeader(row, actor.userId),
      lastMessage: last
        ? { id: last.id, senderId: last.senderId, excerpt: last.hiddenAt ? REMOVED_BY_MODERATOR : excerpt(last.body, 100), createdAt: last.createdAt.toISOString(), attachments: last.hiddenAt ? 0 : last._count.attachments }
        : null,
      lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
      unreadCount: unread.get(row.id) ?? 0,
    };
  });
  return { data, totalUnread: [...unread.values()].reduce((sum, n) => sum + n, 0) };
}
