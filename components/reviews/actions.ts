"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { reportReview } from "@/lib/reviews/report-review";
import { ReportReviewInput, SubmitReviewInput } from "@/lib/reviews/schemas";
import { submitReview } from "@/lib/reviews/submit-review";

// Shared by the customer's booking page, the provider's review pages, the bounty page and the public profile.

export const submitReviewAction = authedAction(SubmitReviewInput, async (input, { actor }) => {
  const result = await submitReview({ ...input, actor });
  if (input.bookingId) revalidatePath(`/account/bookings/${input.bookingId}`);
  if (input.bountyId) revalidatePath(`/bounties/${input.bountyId}`);
  revalidatePath("/dashboard/reviews", "layout");
  return result;
});

export const reportReviewAction = authedAction(ReportReviewInput, async (input, { actor }) => reportReview({ ...input, actor }));
