import { createNotification } from "../../notifications/create-notification";
import { reviewReportedNotification } from "../messages";
import { loadReviewTarget, targetRefOf } from "../review-target";
import type { Handler } from "../../events/handler";

/** Every admin hears of a report in the bell, linking to the queue at /admin/reviews (in-app only: the queue is the record). */
export const notifyAdminsOnReviewReported: Handler<"review.reported"> = async (event, ctx) => {
  const { reportId } = event.payload.data;
  const report = await ctx.db.contentReport.findUnique({
    where: { id: reportId },
    select: { reason: true, review: { select: { bookingId: true, bountyId: true } } },
  });
  if (!report?.review) return;
  const target = await loadReviewTarget(ctx.db, targetRefOf(report.review));
  const admins = await ctx.db.user.findMany({ where: { role: "ADMIN" }, select: { id: true } });
  for (const admin of admins) {
    await createNotification({
      userId: admin.id,
      type: "review.reported",
      dedupeKey: `review.reported:${reportId}:${admin.id}`,
      ...reviewReportedNotification(target, report.reason),
    });
  }
};
