import type { Actor } from "../core/auth/actor";
import { reviewStatusFor, type ReviewStatusDto } from "./review-status";

/**
 * The review block of a booking page: the viewer's own review, the other side's once both have
 * reviewed or the window closed, and the deadline. Strangers get 404, as for the booking.
 */
export function getReviewStatusForBooking({ actor, bookingId, now = new Date() }: { actor: Actor; bookingId: string; now?: Date }): Promise<ReviewStatusDto> {
  return reviewStatusFor({ actor, ref: { bookingId }, now });
}
