import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { assertOwnEntry } from "./policies";
import { LeaveWaitlistInput } from "./schemas";

/** The customer leaves the waitlist; a time held for them is released and passed on by the scheduler. */
export async function leaveWaitlist({ actor, ...input }: LeaveWaitlistInput & { actor: Actor }) {
  const { entryId } = parseInput(LeaveWaitlistInput, input);
  return transactional(async (tx) => {
    const [entry] = await tx.$queryRaw<{ id: string; customerId: string; status: string }[]>`
      SELECT id, "customerId", status::text AS status FROM "WaitlistEntry" WHERE id = ${entryId} FOR UPDATE`;
    assertOwnEntry(actor, entry ?? null);
    if (entry.status !== "WAITING") throw new AppError("INVALID_STATE", "You are no longer on this waitlist", { currentStatus: entry.status });
    await tx.waitlistEntry.update({ where: { id: entryId }, data: { status: "LEFT" } });
    await tx.slotHold.updateMany({ where: { entryId, status: "ACTIVE" }, data: { status: "RELEASED" } });
    await recordEvent(tx, { type: "waitlist.left", actorId: actor.userId, entity: { type: "WaitlistEntry", id: entryId }, data: { entryId } });
    return { id: entryId, status: "LEFT" as const };
  });
}
