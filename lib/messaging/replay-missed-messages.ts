import { db } from "../core/db";
import type { StreamCursor } from "../realtime/cursor";
import type { StreamEnvelope } from "../realtime/publish";
import { messageSelect, toMessageDto } from "./dto";

/**
 * createdAt is the inserting transaction's start time, so a message can commit (and be published)
 * after a newer one the client already has. Replaying from a little before the cursor covers any
 * transaction that could still commit late (their timeout is 20 s); clients de-duplicate by id.
 */
export const REPLAY_LOOKBACK_MS = 30_000;
export const REPLAY_LIMIT = 200;

/** The `message` events a reconnecting user missed, oldest first, from every conversation they are in. */
export async function replayMissedMessages(userId: string, since: StreamCursor): Promise<{ events: StreamEnvelope[]; truncated: boolean }> {
  const rows = await db.message.findMany({
    where: {
      createdAt: { gte: new Date(since.at - REPLAY_LOOKBACK_MS) },
      conversation: { participants: { some: { userId } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: REPLAY_LIMIT + 1,
    select: messageSelect,
  });
  const events = rows
    .slice(0, REPLAY_LIMIT)
    .reverse()
    .map((row) => {
      const message = toMessageDto(row);
      return { type: "message", id: message.id, data: message, cursor: message.cursor };
    });
  return { events, truncated: rows.length > REPLAY_LIMIT };
}
