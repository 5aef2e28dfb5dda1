import { respond, route } from "@/lib/core/http";
import { reportReview } from "@/lib/reviews/report-review";
import { ReportReviewInput } from "@/lib/reviews/schemas";

/** POST { reason }: 201 with { reportId, reviewId }; 409 if the caller already reported it. */
export const POST = route<{ id: string }>(async ({ params, body, requireActor }) =>
  respond(201, await reportReview({ ...(await body(ReportReviewInput.omit({ reviewId: true }))), reviewId: params.id, actor: requireActor() })),
);
