import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { toOverridesDto, toWeeklyDto, type OverrideDto, type WeeklyDayDto } from "./dto";
import { dateColumn, localToday } from "./local-date";
import { findOwnProfile } from "./own-profile";

export interface AvailabilityDto {
  timeZone: string;
  /** Monday (1) to Sunday (7), each with its wall-clock intervals; none = closed. */
  weekly: WeeklyDayDto[];
  /** Upcoming date overrides (today onwards in the provider's zone), soonest first. */
  overrides: OverrideDto[];
}

/** The signed-in provider's weekly hours and upcoming days off / special hours. */
export async function getAvailability({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<AvailabilityDto> {
  const profile = await findOwnProfile(db, actor);
  const [rules, overrides] = await Promise.all([
    db.availabilityRule.findMany({ where: { providerId: profile.id }, select: { weekday: true, startMinute: true, endMinute: true } }),
    db.availabilityOverride.findMany({
      where: { providerId: profile.id, date: { gte: dateColumn(localToday(profile.timeZone, now)) } },
      select: { date: true, startMinute: true, endMinute: true },
    }),
  ]);
  return { timeZone: profile.timeZone, weekly: toWeeklyDto(rules), overrides: toOverridesDto(overrides) };
}
