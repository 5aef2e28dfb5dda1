import { respond, route } from "@/lib/core/http";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";

/** GET /api/notifications/unread-count → { count }. Polled by the header bell, so never cached. */
export const GET = route(async ({ requireActor }) => {
  const count = await countUnreadNotifications({ actor: requireActor() });
  return respond(200, { count }, { "cache-control": "private, no-store" });
});
