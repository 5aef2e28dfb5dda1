import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { holdSelect, holdView } from "./dto";
import { assertOwnEntry } from "./policies";

/** A time held for the signed-in customer (the hold link): 404 for anyone else. */
export async function getHold({ actor, holdId, now = new Date() }: { actor: Actor; holdId: string; now?: Date }) {
  const hold = await db.slotHold.findUnique({
    where: { id: holdId },
    select: {
      ...holdSelect,
      customerId: true,
      entry: { select: { service: { select: { name: true, provider: { select: { slug: true, businessName: true, timeZone: true } } } } } },
    },
  });
  assertOwnEntry(actor, hold, "Hold");
  const { customerId: _customerId, entry, ...rest } = hold as NonNullable<typeof hold>;
  return { ...holdView(rest, now), service: entry.service };
}
