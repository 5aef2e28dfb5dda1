import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { ownNotifications } from "./policies";
import { MarkNotificationsReadInput } from "./schemas";

export interface MarkNotificationsReadOptions {
  actor: Actor;
  /** Defaults to "all". Ids of other users' notifications are ignored, not reported, so ids cannot be probed. */
  ids?: string[] | "all";
}

/** Marks the actor's unread notifications read; already-read ones keep their first readAt. */
export async function markNotificationsRead({ actor, ...input }: MarkNotificationsReadOptions): Promise<{ updated: number }> {
  const { ids } = parseInput(MarkNotificationsReadInput, input);
  if (Array.isArray(ids) && ids.length === 0) return { updated: 0 };
  const { count } = await db.notification.updateMany({
    where: { ...ownNotifications(actor), readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return { updated: count };
}
