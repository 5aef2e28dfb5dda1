"use client";

import { useState, useTransition } from "react";
import type { PublicReviewDto } from "@/lib/reviews/list-provider-reviews";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ReportReviewButton } from "./report-review-button";
import { ReviewCard } from "./review-card";

/** The profile's reviews; "More reviews" fetches the next page from GET /api/reviews. */
export function PublicReviewList({
  slug,
  businessName,
  initial,
  nextCursor: firstCursor,
  signedIn,
}: {
  slug: string;
  businessName: string;
  initial: PublicReviewDto[];
  nextCursor: string | null;
  signedIn: boolean;
}) {
  const [reviews, setReviews] = useState(initial);
  const [cursor, setCursor] = useState(firstCursor);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const signInHref = signedIn ? null : `/sign-in?callbackUrl=${encodeURIComponent(`/providers/${slug}#reviews`)}`;

  const more = () =>
    startTransition(async () => {
      setError(null);
      const query = new URLSearchParams({ provider: slug, cursor: cursor ?? "", limit: "10" });
      const response = await fetch(`/api/reviews?${query}`, { headers: { accept: "application/json" } });
      if (!response.ok) {
        setError("Could not load more reviews. Try again.");
        return;
      }
      const page = (await response.json()) as { data: PublicReviewDto[]; nextCursor: string | null };
      setReviews((shown) => [...shown, ...page.data.filter((r) => !shown.some((s) => s.id === r.id))]);
      setCursor(page.nextCursor);
    });

  return (
    <>
      <ul className="mt-4 grid gap-4 md:grid-cols-2">
        {reviews.map((review) => (
          <li key={review.id} data-testid="public-review" data-review-id={review.id}>
            <Card className="h-full p-5">
              <ReviewCard
                review={review}
                replierName={businessName}
                footer={review.writtenByViewer ? null : <ReportReviewButton reviewId={review.id} reported={review.reportedByViewer} signInHref={signInHref} />}
              />
            </Card>
          </li>
        ))}
      </ul>
      {cursor ? (
        <div className="mt-4">
          <Button variant="secondary" onClick={more} pending={pending}>
            More reviews
          </Button>
          {error ? <p className="mt-2 text-sm text-red-700">{error}</p> : null}
        </div>
      ) : null}
    </>
  );
}
