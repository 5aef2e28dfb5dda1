import { route } from "@/lib/core/http";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { MarkNotificationsReadBody } from "@/lib/notifications/schemas";

/** POST /api/notifications/read { ids: [...] } | { all: true } → { updated } */
export const POST = route(async ({ requireActor, body }) => {
  const input = await body(MarkNotificationsReadBody);
  return markNotificationsRead({ actor: requireActor(), ids: input.all ? "all" : input.ids });
});
