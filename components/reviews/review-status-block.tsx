import type { Actor } from "@/lib/core/auth/actor";
import { getReviewStatusForBooking } from "@/lib/reviews/get-review-status-for-booking";
import { getReviewStatusForBounty } from "@/lib/reviews/get-review-status-for-bounty";
import { REVIEW_SECTION_ID } from "@/lib/reviews/messages";
import { Card } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-time";
import { ReviewCard } from "./review-card";
import { ReviewForm } from "./review-form";

type ReviewStatusBlockProps = { actor: Actor } & ({ bookingId: string; bountyId?: undefined } | { bountyId: string; bookingId?: undefined });

/**
 * The reviews of one completed booking or bounty, as its viewer may see them (double-blind): their
 * own review, the other side's once both have reviewed or the window closed, the deadline in the
 * viewer's time zone, and the form while they can still review. Nothing before completion. Only
 * for the two parties (and admins, who are shown nothing): anyone else gets NOT_FOUND.
 */
export async function ReviewStatusBlock({ actor, bookingId, bountyId }: ReviewStatusBlockProps) {
  const status = bookingId !== undefined ? await getReviewStatusForBooking({ actor, bookingId }) : await getReviewStatusForBounty({ actor, bountyId });
  if (status.role === "ADMIN" || !status.deadline) return null;
  const other = status.counterpartName ?? (status.role === "CUSTOMER" ? "the provider" : "the customer");
  const deadline = <LocalDateTime iso={status.deadline} zone={status.viewerTimeZone} />;

  return (
    <Card id={REVIEW_SECTION_ID} className="mt-6 scroll-mt-24 space-y-5 p-6" data-testid="review-status" data-window-open={status.windowOpen}>
      <div>
        <h2 className="text-lg font-semibold text-stone-900">Reviews</h2>
        <p className="mt-1 text-sm text-stone-600" data-testid="review-deadline" data-deadline={status.deadline}>
          {status.windowOpen ? (
            <>
              Reviews stay sealed until you and {other} have both written one, or until the window closes on {deadline}.
            </>
          ) : (
            <>The review window closed on {deadline}.</>
          )}
        </p>
      </div>

      {status.mine ? (
        <section aria-label="Your review" className="space-y-2">
          <h3 className="text-sm font-semibold text-stone-800">Your review</h3>
          <ReviewCard review={status.mine} testId="my-review" />
          <p className="text-xs text-stone-500" data-testid="my-review-state">
            {status.mine.hidden
              ? "Hidden by our moderators."
              : status.mine.publishedAt
                ? "Published."
                : `Sealed: ${other} will see it once they have reviewed too, or when the window closes.`}
          </p>
        </section>
      ) : null}

      {status.theirs ? (
        <section aria-label={`${other}'s review`} className="space-y-2">
          <h3 className="text-sm font-semibold text-stone-800">{other}&apos;s review of you</h3>
          <ReviewCard review={status.theirs} testId="their-review" />
        </section>
      ) : status.mine && status.windowOpen ? (
        <p className="text-sm text-stone-600" data-testid="their-review-pending">
          You will see {other}&apos;s review here once it is published.
        </p>
      ) : null}

      {status.canReview ? (
        <section aria-label="Write your review" className="space-y-3 border-t border-stone-200 pt-5">
          <h3 className="text-sm font-semibold text-stone-800">How was it with {other}?</h3>
          <ReviewForm target={status.target} reviewsProvider={status.direction === "CUSTOMER_TO_PROVIDER"} counterpartName={other} />
        </section>
      ) : null}
    </Card>
  );
}
