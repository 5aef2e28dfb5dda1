import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { toOverridesDto, type OverrideDto } from "./dto";
import { assertEditableDate, dateColumn } from "./local-date";
import { lockOwnProfile } from "./own-profile";
import { clockToMinute, DateOverrideInput } from "./schemas";

/**
 * Closes one local date, or replaces its weekly hours with `intervals`. Any earlier override of
 * that date is replaced. Existing bookings on that date stay as they are.
 */
export async function setDateOverride({ actor, now = new Date(), ...input }: DateOverrideInput & { actor: Actor; now?: Date }): Promise<OverrideDto> {
  const { date, closed, intervals } = parseInput(DateOverrideInput, input);
  return transactional(async (tx) => {
    const profile = await lockOwnProfile(tx, actor);
    assertEditableDate(date, profile.timeZone, now);
    const rows = closed
      ? [{ startMinute: null, endMinute: null }]
      : intervals.map((i) => ({ startMinute: clockToMinute(i.start)!, endMinute: clockToMinute(i.end)! }));

    await tx.availabilityOverride.deleteMany({ where: { providerId: profile.id, date: dateColumn(date) } });
    await tx.availabilityOverride.createMany({ data: rows.map((row) => ({ ...row, providerId: profile.id, date: dateColumn(date) })) });
    const [override] = toOverridesDto(rows.map((row) => ({ ...row, date: dateColumn(date) })));
    await recordEvent(tx, { type: "availability.override_set", actorId: actor.userId, entity: { type: "ProviderProfile", id: profile.id }, data: { ...override } });
    return override;
  });
}
