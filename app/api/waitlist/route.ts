import { route } from "@/lib/core/http";
import { joinWaitlist } from "@/lib/waitlist/join-waitlist";
import { listMyWaitlist } from "@/lib/waitlist/list-my-waitlist";
import { JoinWaitlistInput } from "@/lib/waitlist/schemas";

/** GET /api/waitlist → { data }: the signed-in customer's waiting entries, each with its live hold. */
export const GET = route(async ({ requireActor }) => ({ data: await listMyWaitlist({ actor: requireActor() }) }));

/** POST /api/waitlist { serviceId, date, startTime?, endTime? } → the entry (docs/waitlist.md). */
export const POST = route(async ({ body, requireActor }) => joinWaitlist({ ...(await body(JoinWaitlistInput)), actor: requireActor() }));
