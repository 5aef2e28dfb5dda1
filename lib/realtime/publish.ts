import { getPubSub, type Unsubscribe } from "../adapters/cache";
import { AppError } from "../core/errors";

/**
 * Fan-out for the per-user live stream (GET /api/stream). Redis pub/sub when REDIS_URL is set, so
 * an event published on one app instance reaches the user's streams on every instance; the
 * in-memory bus otherwise (one process). Delivery is at-most-once and best-effort: only message
 * events are replayed from the database when a client reconnects.
 */
export interface StreamEvent {
  /** The SSE event name: "message", "read", "pin", "notification", … */
  type: string;
  /** The id of what the event is about (a message, a notification), for clients to de-duplicate. */
  id?: string;
  data: unknown;
}

/** What travels on the bus; `cursor` (replayable events only) becomes the SSE id. */
export interface StreamEnvelope extends StreamEvent {
  cursor?: string;
}

const EVENT_TYPE = /^[a-z][a-z0-9._-]{0,49}$/;

export function userChannel(userId: string): string {
  return `rt:user:${userId}`;
}

/**
 * Sends one event to every open stream of `userId`, on any instance. Rejects if the bus does (Redis
 * down); callers that must not fail (event handlers retry, use cases log) decide what that means.
 */
export async function publishToUser(userId: string, event: { type: string; id?: string; data: unknown }): Promise<void> {
  await publishEnvelope(userId, { type: event.type, id: event.id, data: event.data });
}

export async function publishEnvelope(userId: string, envelope: StreamEnvelope): Promise<void> {
  if (!userId) throw new AppError("BAD_REQUEST", "publishToUser needs a user id");
  // The type becomes the SSE `event:` line: a newline in it could forge fields.
  if (!EVENT_TYPE.test(envelope.type)) throw new AppError("BAD_REQUEST", `Invalid stream event type: ${envelope.type}`);
  await getPubSub().publish(userChannel(userId), JSON.stringify(envelope));
}

/** Resolves once subscribed, so nothing published after the await is missed. */
export function subscribeToUser(userId: string, listener: (envelope: StreamEnvelope) => void): Promise<Unsubscribe> {
  return getPubSub().subscribe(userChannel(userId), (message) => {
    let envelope: StreamEnvelope;
    try {
      envelope = JSON.parse(message) as StreamEnvelope;
    } catch {
      return;
    }
    if (envelope && typeof envelope.type === "string" && EVENT_TYPE.test(envelope.type)) listener(envelope);
  });
}
