import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { reviewSelect, toReviewDto, type ReviewDto } from "./dto";
import { publicReviewsOfProvider } from "./policies";
import { ListProviderReviewsQuery } from "./schemas";

export type ListProviderReviewsOptions = ListProviderReviewsQuery & {
  /** The signed-in viewer, if any: marks the reviews they already reported. */
  actor?: Actor | null;
};

export type PublicReviewDto = ReviewDto & { reportedByViewer: boolean; writtenByViewer: boolean };

/**
 * A provider's public reviews — published, not hidden, written by customers — newest first.
 * Public: no actor needed. Cursor pages: pass the previous page's `nextCursor`.
 */
export async function listProviderReviews({ actor = null, ...query }: ListProviderReviewsOptions): Promise<{ data: PublicReviewDto[]; nextCursor: string | null }> {
  const input = parseInput(ListProviderReviewsQuery, query);
  const provider = await db.providerProfile.findFirst({
    where: { ...(input.providerId ? { id: input.providerId } : { slug: input.slug }), user: { disabledAt: null } },
    select: { userId: true, hiddenAt: true },
  });
  // A profile a moderator hid shows no reviews either, but to its owner and admins, like its page.
  const seesHidden = actor !== null && (actor.role === "ADMIN" || actor.userId === provider?.userId);
  if (!provider || (provider.hiddenAt && !seesHidden)) throw notFound("Provider");

  const rows = await db.review.findMany({
    where: publicReviewsOfProvider(provider.userId),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    // Nobody's id is empty, so an anonymous viewer matches no report.
    select: { ...reviewSelect, authorId: true, reports: { where: { reporterId: actor?.userId ?? "" }, select: { id: true } } },
  });
  const page = rows.slice(0, input.limit);
  return {
    data: page.map((row) => ({
      ...toReviewDto(row),
      reportedByViewer: row.reports.length > 0,
      writtenByViewer: actor !== null && row.authorId === actor.userId,
    })),
    nextCursor: rows.length > input.limit ? page[page.length - 1].id : null,
  };
}
