import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { decodePageCursor, encodePageCursor, olderThan } from "../core/page-cursor";
import { messageSelect, toMessageDto, type MessageDto } from "./dto";
import { findConversationForParticipant } from "./queries";
import { ListMessagesInput } from "./schemas";

export interface ListMessagesOptions extends ListMessagesInput {
  actor: Actor;
  conversationId: string;
}

/** A page of the conversation's messages, newest first; `nextCursor` fetches the older ones. */
export async function listMessages({ actor, conversationId, ...input }: ListMessagesOptions): Promise<{ data: MessageDto[]; nextCursor: string | null }> {
  const { cursor, limit } = parseInput(ListMessagesInput, input);
  await findConversationForParticipant(db, conversationId, actor);
  const rows = await db.message.findMany({
    where: { conversationId, ...(cursor ? olderThan(decodePageCursor(cursor)) : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: messageSelect,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { data: page.map((row) => toMessageDto(row)), nextCursor: rows.length > limit && last ? encodePageCursor(last) : null };
}
