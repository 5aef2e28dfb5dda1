"use client";

import { ReportButton } from "@/components/moderation/report-button";
import { reportReviewAction } from "./actions";

/** Reporting a review. Signed-out visitors are sent to sign in. */
export function ReportReviewButton({ reviewId, reported, signInHref }: { reviewId: string; reported: boolean; signInHref: string | null }) {
  return (
    <ReportButton
      noun="review"
      send={(reason) => reportReviewAction({ reviewId, reason })}
      formId={`report-${reviewId}`}
      reported={reported}
      signInHref={signInHref}
      doneTestId="review-reported"
    />
  );
}
