"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { moderateReview } from "@/lib/reviews/moderate-review";
import { ModerateReviewInput } from "@/lib/reviews/schemas";

export const moderateReviewAction = authedAction(ModerateReviewInput, async (input, { actor }) => {
  const review = await moderateReview({ ...input, actor });
  revalidatePath("/admin/reviews");
  if (review.providerSlug) revalidatePath(`/providers/${review.providerSlug}`);
  return review;
});
