import { route } from "@/lib/core/http";
import { WeeklyHoursInput } from "@/lib/availability/schemas";
import { getAvailability } from "@/lib/availability/get-availability";
import { setWeeklyHours } from "@/lib/availability/set-weekly-hours";

/** The signed-in provider's weekly hours and upcoming overrides. */
export const GET = route(async ({ requireActor }) => getAvailability({ actor: requireActor() }));

/** Replaces all weekly hours; weekdays left out are closed. */
export const PUT = route(async ({ requireActor, body }) => setWeeklyHours({ ...(await body(WeeklyHoursInput)), actor: requireActor() }));
