import { db } from "../core/db";
import { notFound } from "../core/errors";
import { averageRating } from "./dto";

/**
 * The public profile: services and the rating distribution. The reviews themselves are paged
 * separately by the reviews domain (listProviderReviews, GET /api/reviews?provider=<slug>).
 */
export async function getProvider({ slug }: { slug: string }) {
  const profile = await db.providerProfile.findFirst({
    where: { slug, user: { disabledAt: null } },
    select: {
      id: true,
      slug: true,
      businessName: true,
      bio: true,
      city: true,
      region: true,
      country: true,
      timeZone: true,
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
        where: { active: true },
        orderBy: { priceAmount: "asc" },
        select: {
          id: true,
          name: true,
          description: true,
          priceAmount: true,
          currency: true,
          durationMin: true,
          bookingMode: true,
          cancellationPolicy: true,
          category: { select: { slug: true, name: true } },
        },
      },
    },
  });
  if (!profile) throw notFound("Provider");

  const { ratingSum, rating1, rating2, rating3, rating4, rating5, verification, ...rest } = profile;
  return {
    ...rest,
    verified: verification === "VERIFIED",
    rating: {
      average: averageRating(ratingSum, profile.ratingCount),
      count: profile.ratingCount,
      distribution: { 1: rating1, 2: rating2, 3: rating3, 4: rating4, 5: rating5 },
    },
  };
}
