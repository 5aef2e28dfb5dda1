import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { toWeeklyDto, type WeeklyDayDto } from "./dto";
import { lockOwnProfile } from "./own-profile";
import { clockToMinute, WeeklyHoursInput } from "./schemas";

const ruleSelect = { weekday: true, startMinute: true, endMinute: true } as const;

/**
 * Replaces all weekly hours of the signed-in provider in one transaction: the input is validated
 * before anything is written, and the delete and inserts commit together or not at all.
 * Weekdays left out of `weekly` end up closed. Existing bookings are never touched.
 */
export async function setWeeklyHours({ actor, ...input }: WeeklyHoursInput & { actor: Actor }): Promise<{ timeZone: string; weekly: WeeklyDayDto[] }> {
  const { weekly } = parseInput(WeeklyHoursInput, input);
  const rows = weekly.flatMap((day) =>
    day.intervals.map((interval) => ({ weekday: day.weekday, startMinute: clockToMinute(interval.start)!, endMinute: clockToMinute(interval.end)! })),
  );

  return transactional(async (tx) => {
    const profile = await lockOwnProfile(tx, actor);
    const before = await tx.availabilityRule.findMany({ where: { providerId: profile.id }, select: ruleSelect });
    await tx.availabilityRule.deleteMany({ where: { providerId: profile.id } });
    if (rows.length) await tx.availabilityRule.createMany({ data: rows.map((row) => ({ ...row, providerId: profile.id })) });
    const after = toWeeklyDto(rows);
    await recordEvent(tx, {
      type: "availability.updated",
      actorId: actor.userId,
      entity: { type: "ProviderProfile", id: profile.id },
      data: { before: toWeeklyDto(before), after },
    });
    return { timeZone: profile.timeZone, weekly: after };
  });
}
