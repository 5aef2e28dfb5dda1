"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { replyToReview } from "@/lib/reviews/reply-to-review";
import { ReplyToReviewInput } from "@/lib/reviews/schemas";

export const replyToReviewAction = authedAction(ReplyToReviewInput, async (input, { actor }) => {
  const review = await replyToReview({ ...input, actor });
  revalidatePath("/dashboard/reviews");
  return review;
});
