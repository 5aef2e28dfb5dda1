import type { ReviewDto } from "@/lib/reviews/dto";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { Stars } from "@/components/ui/stars";
import type { ReactNode } from "react";

const SUB_LABELS = { quality: "Quality", punctuality: "Punctuality", communication: "Communication", value: "Value" } as const;

/**
 * One review as people read it: stars, sub-ratings, text, the verified-booking badge and the
 * provider's reply. No hooks, so server pages and client lists both render it.
 */
export function ReviewCard({
  review,
  replierName,
  testId = "review",
  footer,
}: {
  review: ReviewDto;
  /** Whose reply it is ("Reply from …"). */
  replierName?: string;
  testId?: string;
  footer?: ReactNode;
}) {
  const when = review.publishedAt ?? review.createdAt;
  return (
    <article className="space-y-3" data-testid={testId} data-review-id={review.id} data-rating={review.rating}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="flex items-center gap-2">
          <Stars value={review.rating} />
          <span className="text-sm font-medium text-stone-800">{review.rating} / 5</span>
        </span>
        <time className="text-xs text-stone-500" dateTime={when}>
          {formatDate(when)}
        </time>
      </div>
      {review.subRatings ? (
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
          {(Object.keys(SUB_LABELS) as (keyof typeof SUB_LABELS)[]).map((key) => (
            <div key={key} className="flex gap-1">
              <dt>{SUB_LABELS[key]}:</dt>
              <dd className="font-medium text-stone-800">{review.subRatings![key]}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {review.text ? <p className="text-sm whitespace-pre-line text-stone-800" data-testid="review-text">{review.text}</p> : null}
      <div className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
        <span>{review.authorName}</span>
        {review.verifiedBooking ? (
          <Badge tone="success" data-testid="verified-booking">
            Verified booking
          </Badge>
        ) : null}
        <span>{review.wouldRecommend ? "Would recommend" : "Would not recommend"}</span>
      </div>
      {review.reply ? (
        <div className="rounded-lg bg-stone-50 p-3 text-sm text-stone-700" data-testid="review-reply">
          <p className="text-xs font-semibold text-stone-600">Reply{replierName ? ` from ${replierName}` : ""}</p>
          <p className="mt-1 whitespace-pre-line">{review.reply}</p>
        </div>
      ) : null}
      {footer}
    </article>
  );
}
