import { route } from "@/lib/core/http";
import { moderateReview } from "@/lib/reviews/moderate-review";
import { ModerateReviewInput } from "@/lib/reviews/schemas";

/** POST { action: "HIDE" | "RESTORE", note? }: admins only. */
export const POST = route<{ id: string }>(async ({ params, body, requireActor }) =>
  moderateReview({ ...(await body(ModerateReviewInput.omit({ reviewId: true }))), reviewId: params.id, actor: requireActor() }),
);
