import { route } from "@/lib/core/http";
import { AppError } from "@/lib/core/errors";
import { getReviewStatusForBooking } from "@/lib/reviews/get-review-status-for-booking";
import { getReviewStatusForBounty } from "@/lib/reviews/get-review-status-for-bounty";

/** GET ?bookingId=… (or ?bountyId=…): what the signed-in party may see of its reviews, and the deadline. */
export const GET = route(async ({ searchParams, requireActor }) => {
  const actor = requireActor();
  const { bookingId, bountyId } = searchParams;
  if (bookingId && !bountyId) return getReviewStatusForBooking({ actor, bookingId });
  if (bountyId && !bookingId) return getReviewStatusForBounty({ actor, bountyId });
  throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: { bookingId: ["Send either bookingId or bountyId"] } });
});
