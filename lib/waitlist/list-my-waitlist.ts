import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { holdSelect, holdView, waitlistEntrySelect } from "./dto";
import { assertCanJoinWaitlist } from "./policies";

/** The customer's own waiting entries, each with the time currently held for them, if any. */
export async function listMyWaitlist({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCanJoinWaitlist(actor);
  const entries = await db.waitlistEntry.findMany({
    where: { customerId: actor.userId, status: "WAITING", windowEndsAt: { gt: now } },
    orderBy: { windowStartsAt: "asc" },
    select: {
      ...waitlistEntrySelect,
      service: { select: { name: true, provider: { select: { slug: true, businessName: true, timeZone: true } } } },
      holds: { where: { status: "ACTIVE", expiresAt: { gt: now } }, select: holdSelect, take: 1 },
    },
  });
  return entries.map(({ holds, ...entry }) => ({ ...entry, hold: holds[0] ? holdView(holds[0], now) : null }));
}
