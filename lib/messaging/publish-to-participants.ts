import { logger } from "../core/logger";
import { publishToUser, type StreamEvent } from "../realtime/publish";

/**
 * Live updates that are not replayed (read marks, pins): sent after commit, best effort. A client
 * that missed one re-reads the conversation when its stream reconnects.
 */
export async function publishToParticipants(userIds: string[], event: StreamEvent): Promise<void> {
  await Promise.all(
    userIds.map((userId) =>
      publishToUser(userId, event).catch((error) => logger.warn({ err: error, userId, type: event.type }, "live update not published")),
    ),
  );
}
