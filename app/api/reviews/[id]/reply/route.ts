import { route } from "@/lib/core/http";
import { replyToReview } from "@/lib/reviews/reply-to-review";
import { ReplyToReviewInput } from "@/lib/reviews/schemas";

/** POST { reply }: the reviewed provider's one public answer. */
export const POST = route<{ id: string }>(
  async ({ params, body, requireActor }) =>
    replyToReview({ ...(await body(ReplyToReviewInput.omit({ reviewId: true }))), reviewId: params.id, actor: requireActor() }),
  { idempotency: "reviews.reply" },
);
