import { route } from "@/lib/core/http";
import { drainSignal } from "@/lib/core/lifecycle";
import { replayMissedMessages } from "@/lib/messaging/replay-missed-messages";
import { SSE_HEADERS } from "@/lib/realtime/sse";
import { createUserEventStream } from "@/lib/realtime/user-event-stream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /api/stream: the signed-in user's live events as Server-Sent Events (message, read, pin,
 * notification, resync). A reconnect sends Last-Event-ID and gets the messages it missed; a page's
 * first connection may pass ?since=<cursor of the newest message it shows> for the same effect.
 */
export const GET = route(async ({ request, requireActor, searchParams }) => {
  const actor = requireActor();
  const stream = createUserEventStream({
    userId: actor.userId,
    lastEventId: request.headers.get("last-event-id") ?? searchParams.since ?? null,
    // A draining instance ends its streams; EventSource reconnects to another one and replays.
    signal: AbortSignal.any([request.signal, drainSignal()]),
    replay: replayMissedMessages,
  });
  return new Response(stream, { headers: SSE_HEADERS });
});
