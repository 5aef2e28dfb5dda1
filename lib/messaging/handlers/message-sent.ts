import { messageSelect, toMessageDto } from "../dto";
import { publishEnvelope } from "../../realtime/publish";
import type { Handler } from "../../events/handler";

/**
 * Streams a committed message to every participant's open streams, on every instance. Publishing
 * twice (a retry) is harmless: clients de-duplicate by message id. A failure is retried; a client
 * that was offline catches up from the database when it reconnects (Last-Event-ID).
 */
export const streamMessageToParticipants: Handler<"message.sent"> = async (event, ctx) => {
  const row = await ctx.db.message.findUnique({
    where: { id: event.payload.data.messageId },
    select: { ...messageSelect, conversation: { select: { participants: { select: { userId: true } } } } },
  });
  if (!row) return;
  const message = toMessageDto(row);
  await Promise.all(
    row.conversation.participants.map((p) => publishEnvelope(p.userId, { type: "message", id: message.id, data: message, cursor: message.cursor })),
  );
};
