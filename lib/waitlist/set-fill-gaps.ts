import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { assertCanManageWaitlist } from "./policies";
import { SetFillGapsInput } from "./schemas";

/** Turns "fill gaps" on or off for the provider's own profile (docs/waitlist.md). */
export async function setFillGaps({ actor, ...input }: SetFillGapsInput & { actor: Actor }) {
  const providerId = assertCanManageWaitlist(actor);
  const { enabled } = parseInput(SetFillGapsInput, input);
  return transactional(async (tx) => {
    const updated = await tx.providerProfile.update({ where: { id: providerId }, data: { fillGaps: enabled }, select: { fillGaps: true } });
    await recordEvent(tx, { type: "waitlist.fill_gaps_changed", actorId: actor.userId, entity: { type: "ProviderProfile", id: providerId }, data: { providerId, enabled } });
    return updated;
  });
}
