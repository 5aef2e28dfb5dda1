import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { listProviderReviews } from "@/lib/reviews/list-provider-reviews";
import { listReviewsToWrite } from "@/lib/reviews/list-reviews-to-write";
import { getMe } from "@/lib/users/get-me";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ReviewCard } from "@/components/reviews/review-card";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-time";
import { ReplyForm } from "./_components/reply-form";

export const metadata: Metadata = { title: "Reviews" };

export default async function DashboardReviewsPage() {
  const actor = await requirePageActor("/dashboard/reviews");
  // The layout lets only providers in; this narrows the type.
  if (!actor.providerId) notFound();
  const [me, toWrite, received] = await Promise.all([
    getMe({ actor }),
    listReviewsToWrite({ actor, as: "provider" }),
    listProviderReviews({ providerId: actor.providerId, limit: 50, actor }),
  ]);

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader title="Reviews" description="Review your customers after each job, and answer what they wrote about you." />

      <section aria-labelledby="to-write-heading">
        <h2 id="to-write-heading" className="mb-3 text-lg font-semibold">
          Customers to review
        </h2>
        {toWrite.length === 0 ? (
          <EmptyState title="Nothing to review right now">Completed bookings and bounties show up here for 14 days.</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm">
            {toWrite.map((item) => (
              <li
                key={`${item.target.kind}:${item.target.id}`}
                className="flex flex-wrap items-center justify-between gap-3 p-4"
                data-testid="review-to-write"
                data-kind={item.target.kind}
                {...(item.target.kind === "booking" ? { "data-booking-id": item.target.id } : { "data-bounty-id": item.target.id })}
              >
                <div>
                  <p className="font-medium text-stone-900">{item.counterpartName}</p>
                  <p className="text-sm text-stone-600">
                    {item.target.kind === "bounty" ? "Bounty: " : null}
                    {item.title} · review by <LocalDateTime iso={item.deadline} zone={me.timeZone} />
                  </p>
                </div>
                <Link href={item.href} className="text-sm font-medium text-brand-700 hover:underline">
                  Review {item.counterpartName} →
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="received-heading" className="mt-10">
        <h2 id="received-heading" className="mb-3 text-lg font-semibold">
          What customers say about you
        </h2>
        {received.data.length === 0 ? (
          <EmptyState title="No published reviews yet">A review appears once you have both reviewed, or 14 days after the job.</EmptyState>
        ) : (
          <ul className="space-y-4">
            {received.data.map((review) => (
              <li key={review.id}>
                <Card className="p-5">
                  <ReviewCard review={review} replierName="you" testId="received-review" footer={review.reply ? null : <ReplyForm reviewId={review.id} />} />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
