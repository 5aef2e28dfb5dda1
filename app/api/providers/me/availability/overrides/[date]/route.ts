import { route } from "@/lib/core/http";
import { removeDateOverride } from "@/lib/availability/remove-date-override";

/** Back to the weekly hours for that date. Idempotent: `removed` says how many rows went. */
export const DELETE = route<{ date: string }>(async ({ requireActor, params }) => removeDateOverride({ actor: requireActor(), date: params.date }));
