import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { ownNotifications } from "./policies";

/** The bell's badge. Served by the (userId, readAt, createdAt) index. */
export async function countUnreadNotifications({ actor }: { actor: Actor }): Promise<number> {
  return db.notification.count({ where: { ...ownNotifications(actor), readAt: null } });
}
