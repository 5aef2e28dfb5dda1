import type { Metadata } from "next";
import Link from "next/link";
import { isAppError } from "@/lib/core/errors";
import { listModerationQueue } from "@/lib/reviews/list-moderation-queue";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ReviewCard } from "@/components/reviews/review-card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { LocalDateTime } from "@/components/ui/local-time";
import { ModerationControls } from "./_components/moderation-controls";

export const metadata: Metadata = { title: "Review moderation" };

const tabs = [
  { view: "open", label: "Reported" },
  { view: "hidden", label: "Hidden" },
] as const;

export default async function AdminReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("/admin/reviews");
  const view = (await searchParams).view === "hidden" ? "hidden" : "open";
  let queue;
  try {
    queue = await listModerationQueue({ actor, view });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") {
      return (
        <div className="mx-auto max-w-xl px-4 py-16">
          <Alert tone="error" title="Admins only">
            Review moderation is for administrators.
          </Alert>
        </div>
      );
    }
    throw error;
  }

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader title="Review moderation" description="Reported reviews, most reported first. Hiding takes a review off the profile and out of the rating." />
      <nav aria-label="Queue" className="mb-6 flex gap-2">
        {tabs.map((tab) => (
          <Link
            key={tab.view}
            href={`/admin/reviews?view=${tab.view}`}
            aria-current={view === tab.view ? "page" : undefined}
            className={cn("rounded-md px-3 py-1.5 text-sm font-medium", view === tab.view ? "bg-stone-900 text-white" : "text-stone-700 hover:bg-stone-100")}
          >
            {tab.label}
          </Link>
        ))}
      </nav>

      {queue.length === 0 ? (
        <EmptyState title={view === "open" ? "No open reports" : "No hidden reviews"} />
      ) : (
        <ul className="space-y-4">
          {queue.map((review) => (
            <li key={review.id}>
              <Card className="space-y-4 p-5" data-testid="moderation-item" data-review-id={review.id}>
                <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <p className="text-stone-700">
                    <span className="font-medium text-stone-900">{review.authorName}</span> about{" "}
                    {review.providerSlug ? (
                      <Link href={`/providers/${review.providerSlug}#reviews`} className="font-medium text-brand-700 hover:underline">
                        {review.subjectName}
                      </Link>
                    ) : (
                      <span className="font-medium text-stone-900">{review.subjectName}</span>
                    )}
                  </p>
                  <span className="flex gap-2">
                    <Badge tone={review.reportCount > 1 ? "danger" : "warning"}>{review.reportCount} {review.reportCount === 1 ? "report" : "reports"}</Badge>
                    {review.hiddenAt ? <Badge tone="neutral">Hidden</Badge> : null}
                  </span>
                </div>
                <ReviewCard review={review} testId="moderated-review" />
                <ul className="space-y-1 text-sm" aria-label="Reports">
                  {review.reports.map((report) => (
                    <li key={report.id} className="flex flex-wrap gap-x-2 text-stone-700" data-testid="review-report" data-status={report.status}>
                      <span className="font-medium">{report.reporterName}</span>
                      <span className="text-stone-500">
                        <LocalDateTime iso={report.createdAt} zone="UTC" />
                      </span>
                      <span>“{report.reason}”</span>
                      {report.status !== "OPEN" ? <Badge>{report.status.toLowerCase()}</Badge> : null}
                    </li>
                  ))}
                </ul>
                <ModerationControls reviewId={review.id} hidden={review.hiddenAt !== null} />
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
