import type { Db, Tx } from "../core/db";
import { AppError } from "../core/errors";
import type { ReviewDirection } from "../generated/prisma/enums";

/**
 * ProviderProfile keeps ratingCount, ratingSum and rating1…rating5 so that listings sort and show
 * averages without scanning reviews. A review counts while it is a published, not hidden review of
 * a provider; every change of that state adjusts the numbers in the same transaction.
 */

export interface ProviderAggregates {
  ratingCount: number;
  ratingSum: number;
  rating1: number;
  rating2: number;
  rating3: number;
  rating4: number;
  rating5: number;
}

const ratingKey = (rating: number) => `rating${rating}` as "rating1" | "rating2" | "rating3" | "rating4" | "rating5";

/** Adds (+1) or removes (-1) one review's contribution; reviews of customers do not count. Atomic increments, so concurrent changes add up. */
export async function adjustProviderAggregates(
  tx: Tx,
  review: { direction: ReviewDirection; subjectId: string; rating: number },
  sign: 1 | -1,
): Promise<void> {
  if (review.direction !== "CUSTOMER_TO_PROVIDER") return;
  await tx.providerProfile.updateMany({
    where: { userId: review.subjectId },
    data: {
      ratingCount: { increment: sign },
      ratingSum: { increment: sign * review.rating },
      [ratingKey(review.rating)]: { increment: sign },
    },
  });
}

/** The aggregates as they should be, from the Review rows. */
export async function computeProviderAggregates(client: Db | Tx, providerId: string): Promise<ProviderAggregates> {
  const { userId } = await client.providerProfile.findUniqueOrThrow({ where: { id: providerId }, select: { userId: true } });
  const groups = await client.review.groupBy({
    by: ["rating"],
    where: { subjectId: userId, direction: "CUSTOMER_TO_PROVIDER", publishedAt: { not: null }, hiddenAt: null },
    _count: { _all: true },
  });
  const result: ProviderAggregates = { ratingCount: 0, ratingSum: 0, rating1: 0, rating2: 0, rating3: 0, rating4: 0, rating5: 0 };
  for (const group of groups) {
    result.ratingCount += group._count._all;
    result.ratingSum += group.rating * group._count._all;
    result[ratingKey(group.rating)] += group._count._all;
  }
  return result;
}

export async function storedProviderAggregates(client: Db | Tx, providerId: string): Promise<ProviderAggregates> {
  return client.providerProfile.findUniqueOrThrow({
    where: { id: providerId },
    select: { ratingCount: true, ratingSum: true, rating1: true, rating2: true, rating3: true, rating4: true, rating5: true },
  });
}

/** Throws (INTERNAL, with both versions) when the stored aggregates drifted from the reviews. */
export async function assertProviderAggregates(client: Db | Tx, providerId: string): Promise<ProviderAggregates> {
  const [stored, computed] = await Promise.all([storedProviderAggregates(client, providerId), computeProviderAggregates(client, providerId)]);
  const drifted = (Object.keys(computed) as (keyof ProviderAggregates)[]).some((key) => stored[key] !== computed[key]);
  if (drifted) throw new AppError("INTERNAL", "Provider rating aggregates drifted from the reviews", { providerId, stored, computed });
  return stored;
}

/** Repair tool: overwrites the stored aggregates with the recomputed ones (under a row lock). */
export async function recomputeProviderAggregates(tx: Tx, providerId: string): Promise<ProviderAggregates> {
  await tx.$queryRaw`SELECT id FROM "ProviderProfile" WHERE id = ${providerId} FOR UPDATE`;
  const computed = await computeProviderAggregates(tx, providerId);
  await tx.providerProfile.update({ where: { id: providerId }, data: computed });
  return computed;
}
