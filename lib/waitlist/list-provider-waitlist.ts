import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { holdSelect, waitlistEntrySelect } from "./dto";
import { assertCanManageWaitlist } from "./policies";

/** The provider's waitlist, in order (first come first served), with live offers; and their fill-gaps setting. */
export async function listProviderWaitlist({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const providerId = assertCanManageWaitlist(actor);
  const [provider, entries] = await Promise.all([
    db.providerProfile.findUniqueOrThrow({ where: { id: providerId }, select: { fillGaps: true, timeZone: true } }),
    db.waitlistEntry.findMany({
      where: { providerId, status: "WAITING", windowEndsAt: { gt: now } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        ...waitlistEntrySelect,
        // A first name only: the provider learns the full contact details when the customer books.
        customer: { select: { name: true } },
        service: { select: { name: true, durationMin: true } },
        holds: { where: { status: "ACTIVE", expiresAt: { gt: now } }, select: holdSelect, take: 1 },
      },
    }),
  ]);
  return {
    fillGaps: provider.fillGaps,
    timeZone: provider.timeZone,
    entries: entries.map(({ holds, customer, ...entry }) => ({ ...entry, customerName: customer.name.split(" ")[0] ?? "", hold: holds[0] ?? null })),
  };
}
