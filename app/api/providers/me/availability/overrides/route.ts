import { route } from "@/lib/core/http";
import { DateOverrideInput } from "@/lib/availability/schemas";
import { setDateOverride } from "@/lib/availability/set-date-override";

/** Closes a date or sets its special hours, replacing any earlier override of that date. */
export const POST = route(async ({ requireActor, body }) => setDateOverride({ ...(await body(DateOverrideInput)), actor: requireActor() }));
