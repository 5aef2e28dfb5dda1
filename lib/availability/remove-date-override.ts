import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { assertEditableDate, dateColumn } from "./local-date";
import { lockOwnProfile } from "./own-profile";
import { OverrideDateInput } from "./schemas";

/**
 * Removes the override of one upcoming local date, so the weekly hours apply again. Idempotent:
 * removing a date that has none answers `removed: 0` and writes nothing. Past dates stay as history.
 */
export async function removeDateOverride({ actor, now = new Date(), ...input }: OverrideDateInput & { actor: Actor; now?: Date }) {
  const { date } = parseInput(OverrideDateInput, input);
  return transactional(async (tx) => {
    const profile = await lockOwnProfile(tx, actor);
    assertEditableDate(date, profile.timeZone, now);
    const { count } = await tx.availabilityOverride.deleteMany({ where: { providerId: profile.id, date: dateColumn(date) } });
    if (count) {
      await recordEvent(tx, { type: "availability.override_removed", actorId: actor.userId, entity: { type: "ProviderProfile", id: profile.id }, data: { date } });
    }
    return { date, removed: count };
  });
}
