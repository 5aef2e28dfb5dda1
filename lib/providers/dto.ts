import type { Prisma } from "../core/db";
import { bookableServiceWhere } from "./listing-readiness";
import { imageUrls } from "./profile-dto";

export const providerCardSelect = {
  id: true,
  slug: true,
  businessName: true,
  headline: true,
  photoKey: true,
  city: true,
  timeZone: true,
  bio: true,
  verification: true,
  verifiedUntil: true,
  ratingCount: true,
  ratingSum: true,
  services: {
    where: bookableServiceWhere,
    select: { priceAmount: true, currency: true, category: { select: { slug: true, name: true } } },
    orderBy: { priceAmount: "asc" },
  },
} satisfies Prisma.ProviderProfileSelect;

type CardRow = Prisma.ProviderProfileGetPayload<{ select: typeof providerCardSelect }>;

/** One decimal place, or null when nobody has rated yet. */
export function averageRating(sum: number, count: number): number | null {
  return count ? Math.round((sum / count) * 10) / 10 : null;
}

export function toProviderCard(row: CardRow) {
  const cheapest = row.services[0];
  return {
    id: row.id,
    slug: row.slug,
    businessName: row.businessName,
    headline: row.headline,
    photo: row.photoKey ? imageUrls(row.photoKey).small : null,
    city: row.city,
    timeZone: row.timeZone,
    bio: row.bio.length > 160 ? `${row.bio.slice(0, 157)}…` : row.bio,
    verified: row.verification === "VERIFIED",
    /** The latest expiry among the provider's verification badges (ISO), for "Verified until …"; null without one. */
    verifiedUntil: row.verification === "VERIFIED" ? (row.verifiedUntil?.toISOString() ?? null) : null,
    rating: { average: averageRating(row.ratingSum, row.ratingCount), count: row.ratingCount },
    fromPrice: cheapest ? { amount: cheapest.priceAmount, currency: cheapest.currency } : null,
    categories: [...new Map(row.services.map((s) => [s.category.slug, s.category])).values()],
  };
}

export type ProviderCard = ReturnType<typeof toProviderCard>;
