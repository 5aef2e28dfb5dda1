import { getCurrentActor } from "@/lib/core/auth/session";
import { listProviderReviews } from "@/lib/reviews/list-provider-reviews";
import { PublicReviewList } from "./public-review-list";

/** The public profile's reviews section: published, not hidden reviews by customers, newest first. */
export async function ProviderReviews({ slug, businessName }: { slug: string; businessName: string }) {
  const actor = await getCurrentActor();
  const { data, nextCursor } = await listProviderReviews({ slug, limit: 10, actor });
  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="mt-12">
      <h2 id="reviews-heading" className="text-xl font-semibold">
        Reviews
      </h2>
      {data.length === 0 ? (
        <p className="mt-4 text-stone-600">No reviews yet.</p>
      ) : (
        <PublicReviewList slug={slug} businessName={businessName} initial={data} nextCursor={nextCursor} signedIn={actor !== null} />
      )}
    </section>
  );
}
