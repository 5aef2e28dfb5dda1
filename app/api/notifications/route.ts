import { route } from "@/lib/core/http";
import { parseInput } from "@/lib/core/validation";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { ListNotificationsInput } from "@/lib/notifications/schemas";

/** GET /api/notifications?cursor=&limit=&unreadOnly=true → { data, nextCursor } */
export const GET = route(async ({ requireActor, searchParams }) =>
  listNotifications({ actor: requireActor(), ...parseInput(ListNotificationsInput, searchParams) }),
);
