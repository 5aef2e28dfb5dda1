import { Prisma, type Db, type Tx } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { conversationSelect, type ConversationRow } from "./dto";
import { assertParticipant } from "./policies";

/** The conversation if the actor takes part in it; 404 otherwise. */
export async function findConversationForParticipant(client: Db | Tx, conversationId: string, actor: Actor): Promise<ConversationRow> {
  const conversation = await client.conversation.findUnique({ where: { id: conversationId }, select: conversationSelect });
  assertParticipant(actor, conversation);
  return conversation!;
}

/**
 * Messages from others newer than the user's read mark, per conversation, in one query. The read
 * mark is a message's createdAt (database clock), so the comparison never depends on app clocks.
 */
export async function unreadCounts(client: Db | Tx, userId: string, conversationIds?: string[]): Promise<Map<string, number>> {
  if (conversationIds && conversationIds.length === 0) return new Map();
  const only = conversationIds ? Prisma.sql`AND p."conversationId" IN (${Prisma.join(conversationIds)})` : Prisma.empty;
  const rows = await client.$queryRaw<{ conversationId: string; unread: number }[]>`
    SELECT p."conversationId", count(m.id)::int AS unread
    FROM "ConversationParticipant" p
    JOIN "Message" m ON m."conversationId" = p."conversationId"
      AND m."senderId" <> p."userId"
      AND (p."lastReadAt" IS NULL OR m."createdAt" > p."lastReadAt")
    WHERE p."userId" = ${userId} ${only}
    GROUP BY p."conversationId"`;
  return new Map(rows.map((row) => [row.conversationId, Number(row.unread)]));
}
