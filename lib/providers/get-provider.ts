import { db } from "../core/db";
import { notFound } from "../core/errors";
import { publicReviewsOfProvider } from "../reviews/policies";
import { averageRating } from "./dto";

/** The public profile: services, rating distribution and the latest published reviews. */
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
      userId: true,
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

  const reviews = await db.review.findMany({
    // The same rule as the reviews domain's listing and the rating aggregates.
    where: publicReviewsOfProvider(profile.userId),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 10,
    select: {
      id: true,
      rating: true,
      text: true,
      reply: true,
      publishedAt: true,
      bookingId: true,
      author: { select: { name: true } },
    },
  });

  const { userId: _userId, ratingSum, rating1, rating2, rating3, rating4, rating5, verification, ...rest } = profile;
  return {
    ...rest,
    verified: verification === "VERIFIED",
    rating: {
      average: averageRating(ratingSum, profile.ratingCount),
      count: profile.ratingCount,
      distribution: { 1: rating1, 2: rating2, 3: rating3, 4: rating4, 5: rating5 },
    },
    reviews: reviews.map((r) => ({
      id: r.id,
      rating: r.rating,
      text: r.text,
      reply: r.reply,
      publishedAt: r.publishedAt!.toISOString(),
      authorName: r.author.name.split(" ")[0],
      verifiedBooking: r.bookingId !== null,
    })),
  };
}
