import { route } from "@/lib/core/http";
import { leaveWaitlist } from "@/lib/waitlist/leave-waitlist";

/** DELETE /api/waitlist/{id}: leave the waitlist (a time held for you goes to the next person). */
export const DELETE = route<{ id: string }>(async ({ params, requireActor }) => leaveWaitlist({ entryId: params.id, actor: requireActor() }));
