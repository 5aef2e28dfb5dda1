import type { Actor } from "../core/auth/actor";
import { reviewStatusFor, type ReviewStatusDto } from "./review-status";

/** The same as getReviewStatusForBooking, for a bounty: the poster is the customer, the accepted offer's provider the provider. */
export function getReviewStatusForBounty({ actor, bountyId, now = new Date() }: { actor: Actor; bountyId: string; now?: Date }): Promise<ReviewStatusDto> {
  return reviewStatusFor({ actor, ref: { bountyId }, now });
}
