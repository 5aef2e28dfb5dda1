import { loadBountyAudience, watchers } from "../audience";
import type { BountyEventType } from "../notification-content";
import { publishToUser } from "../../realtime/publish";
import type { Handler } from "../../events/handler";

/**
 * Live refresh of a bounty page: every bounty event tells the poster, the assigned provider and
 * every offerer's open streams `{ type: "bounty", data: { bountyId } }`, and the page refetches.
 * Best effort like the stream itself; a bus failure is retried by the event's delivery.
 */
export const refreshBountyPage: Handler<BountyEventType> = async (event, ctx) => {
  const bountyId = (event.payload.data as { bountyId: string }).bountyId;
  const audience = await loadBountyAudience(ctx.db, bountyId);
  if (!audience) return;
  for (const userId of watchers(audience)) await publishToUser(userId, { type: "bounty", id: event.id, data: { bountyId, event: event.type } });
};
