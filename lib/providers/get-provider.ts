import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { notFound } from "../core/errors";
import { serviceTermsSelect } from "../catalog/service-selects";
import { averageRating } from "./dto";
import { bookableServiceWhere, isProviderListed } from "./listing-readiness";
import { canPreviewProvider } from "./policies";
import { imageUrls } from "./profile-dto";

/**
 * The public profile: services and the rating distribution. The reviews themselves are paged
 * separately by the reviews domain (listProviderReviews, GET /api/reviews?provider=<slug>).
 * A listing that is not live yet is 404, except to its owner, who sees it as a preview (`listed: false`).
 */
export async function getProvider({ slug, viewer = null }: { slug: string; viewer?: Actor | null }) {
  const profile = await db.providerProfile.findFirst({
    where: { slug, user: { disabledAt: null } },
    select: {
      id: true,
      userId: true,
      hiddenAt: true,
      slug: true,
      businessName: true,
      headline: true,
      bio: true,
      city: true,
      region: true,
      country: true,
      timeZone: true,
      serviceRadiusKm: true,
      languages: true,
      photoKey: true,
      galleryKeys: true,
      verification: true,
      providerCancellations: true,
      ratingCount: true,
      ratingSum: true,
      rating1: true,
      rating2: true,
      rating3: true,
      rating4: true,
      rating5: true,
      services: {
        where: bookableServiceWhere,
        orderBy: { priceAmount: "asc" },
        select: {
          id: true,
          name: true,
          description: true,
          ...serviceTermsSelect,
          category: { select: { slug: true, name: true } },
        },
      },
    },
  });
  if (!profile) throw notFound("Provider");
  const listed = await isProviderListed(db, profile.id);
  // A profile hidden by a moderator is also open to admins, who judge it from the queue.
  const moderatorView = profile.hiddenAt !== null && viewer?.role === "ADMIN";
  if (!listed && !moderatorView && !canPreviewProvider(viewer, profile)) throw notFound("Provider");

  const { userId: _userId, hiddenAt, photoKey, galleryKeys, ratingSum, rating1, rating2, rating3, rating4, rating5, verification, ...rest } = profile;
  return {
    ...rest,
    listed,
    /** Hidden by a moderator: only its owner and admins get here. */
    hiddenByModerator: hiddenAt !== null,
    photo: photoKey ? imageUrls(photoKey) : null,
    gallery: galleryKeys.map(imageUrls),
    verified: verification === "VERIFIED",
    rating: {
      average: averageRating(ratingSum, profile.ratingCount),
      count: profile.ratingCount,
      distribution: { 1: rating1, 2: rating2, 3: rating3, 4: rating4, 5: rating5 },
    },
  };
}
