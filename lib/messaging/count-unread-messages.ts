import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { unreadCounts } from "./queries";

/** For the header's Messages badge: unread messages across all of the actor's conversations. */
export async function countUnreadMessages({ actor }: { actor: Actor }): Promise<{ total: number }> {
  const counts = await unreadCounts(db, actor.userId);
  return { total: [...counts.values()].reduce((sum, n) => sum + n, 0) };
}
