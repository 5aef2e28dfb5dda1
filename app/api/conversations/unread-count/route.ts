import { respond, route } from "@/lib/core/http";
import { countUnreadMessages } from "@/lib/messaging/count-unread-messages";

/** GET /api/conversations/unread-count → { total } (never cached: it changes with every message). */
export const GET = route(async ({ requireActor }) =>
  respond(200, await countUnreadMessages({ actor: requireActor() }), { "cache-control": "no-store" }),
);
