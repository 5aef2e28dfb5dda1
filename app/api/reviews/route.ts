import { respond, route } from "@/lib/core/http";
import { listProviderReviews } from "@/lib/reviews/list-provider-reviews";
import { SubmitReviewInput } from "@/lib/reviews/schemas";
import { submitReview } from "@/lib/reviews/submit-review";

/**
 * POST { bookingId | bountyId, rating, quality…value (required when reviewing a provider), text, wouldRecommend }:
 * 201 with { review, published }. The review stays sealed until the other side reviews or the window closes.
 */
export const POST = route(
  async ({ body, requireActor }) => respond(201, await submitReview({ ...(await body(SubmitReviewInput)), actor: requireActor() })),
  { idempotency: "reviews.submit" },
);

/** GET ?provider=<slug>&cursor&limit: the provider's public reviews, newest first. */
export const GET = route(async ({ searchParams, actor }) =>
  listProviderReviews({ slug: searchParams.provider, cursor: searchParams.cursor, limit: searchParams.limit, actor }),
);
