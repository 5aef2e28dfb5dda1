import { logger } from "../core/logger";
import { compareStreamCursors, formatStreamCursor, parseStreamCursor, type StreamCursor } from "./cursor";
import { subscribeToUser, type StreamEnvelope } from "./publish";
import { sseComment, sseFrame, sseRetry } from "./sse";

export type ReplaySource = (userId: string, since: StreamCursor) => Promise<{ events: StreamEnvelope[]; truncated: boolean }>;

export interface UserEventStreamOptions {
  userId: string;
  /** The Last-Event-ID header (a reconnect) or the ?since= parameter (a page's first connection). */
  lastEventId?: string | null;
  /** The request's signal: aborted when the client goes away. */
  signal?: AbortSignal;
  /** Events missed since the cursor, from the database (messages). Without it nothing is replayed. */
  replay?: ReplaySource;
  heartbeatMs?: number;
  retryMs?: number;
  /** The bus subscription; tests wrap it to see subscriptions come and go. */
  subscribe?: typeof subscribeToUser;
}

const encoder = new TextEncoder();

/**
 * One user's live stream as SSE. It subscribes to the user's channel first and only then replays
 * what was missed since Last-Event-ID, holding live events back meanwhile, so nothing published
 * during the replay is lost. Replayable events (those with a cursor) carry an SSE id that is the
 * connection's high-water mark, so ids never go backwards even when a replayed or late-committed
 * message is older than one already sent. Heartbeat comments keep proxies from closing it.
 */
export function createUserEventStream({
  userId,
  lastEventId,
  signal,
  replay,
  heartbeatMs = 15_000,
  retryMs = 3_000,
  subscribe = subscribeToUser,
}: UserEventStreamOptions): ReadableStream<Uint8Array> {
  let closed = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let unsubscribe: (() => Promise<void>) | undefined;
  let high = parseStreamCursor(lastEventId);

  const stop = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    signal?.removeEventListener("abort", onAbort);
    unsubscribe?.().catch((error) => logger.warn({ err: error, userId }, "stream unsubscribe failed"));
  };
  let onAbort = () => stop();

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      onAbort = () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed by the runtime.
        }
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener("abort", onAbort);

      const replayed = new Set<string>();
      const send = (envelope: StreamEnvelope) => {
        if (envelope.cursor) {
          if (envelope.id && replayed.has(envelope.id)) return;
          const cursor = parseStreamCursor(envelope.cursor);
          if (cursor && (!high || compareStreamCursors(cursor, high) > 0)) high = cursor;
        }
        const id = envelope.cursor && high ? formatStreamCursor(high) : undefined;
        write(sseFrame({ event: envelope.type, id, data: { type: envelope.type, id: envelope.id ?? null, data: envelope.data } }));
      };

      write(sseRetry(retryMs) + sseComment("connected"));
      const held: StreamEnvelope[] = [];
      let holding = true;
      try {
        unsubscribe = await subscribe(userId, (envelope) => (holding ? held.push(envelope) : send(envelope)));
        if (closed) return void unsubscribe();
        const since = high;
        if (since && replay) {
          const { events, truncated } = await replay(userId, since);
          // Too much to replay: the client should reload what it shows instead.
          if (truncated) write(sseFrame({ event: "resync", data: { type: "resync", id: null, data: null } }));
          for (const envelope of events) {
            send(envelope);
            if (envelope.id) replayed.add(envelope.id);
          }
        }
      } catch (error) {
        logger.error({ err: error, userId }, "live stream could not start; the client will reconnect");
        return onAbort();
      }
      holding = false;
      held.forEach(send);
      replayed.clear();
      // From here on events reach this stream (the pub/sub subscription is confirmed, e.g. by Redis).
      write(sseComment("live"));
      heartbeat = setInterval(() => write(sseComment("ping")), heartbeatMs);
    },
    cancel() {
      stop();
    },
  });
}
