import type { Prisma } from "../core/db";

/** What anyone allowed to see a review may see of it: no author ids, no booking ids. */
export const reviewSelect = {
  id: true,
  direction: true,
  rating: true,
  quality: true,
  punctuality: true,
  communication: true,
  value: true,
  text: true,
  wouldRecommend: true,
  publishedAt: true,
  reply: true,
  repliedAt: true,
  createdAt: true,
  bookingId: true,
  bountyId: true,
  author: { select: { name: true } },
} satisfies Prisma.ReviewSelect;

export type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>;

/** First names only on public pages. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}

export function toReviewDto(row: ReviewRow) {
  const subRatings =
    row.quality !== null && row.punctuality !== null && row.communication !== null && row.value !== null
      ? { quality: row.quality, punctuality: row.punctuality, communication: row.communication, value: row.value }
      : null;
  return {
    id: row.id,
    direction: row.direction,
    rating: row.rating,
    subRatings,
    text: row.text,
    wouldRecommend: row.wouldRecommend,
    /** null while the review is still sealed (double-blind). */
    publishedAt: row.publishedAt?.toISOString() ?? null,
    reply: row.reply,
    repliedAt: row.repliedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    authorName: firstName(row.author.name),
    /**
     * Written about real, completed work booked through Hearth: a completed booking, or a
     * completed bounty (an accepted offer, paid through escrow). Every review has one of the two,
     * since only their parties can review, so the badge is the rule; it stays derived from the
     * row so a review without either could never claim it.
     */
    verifiedBooking: row.bookingId !== null || row.bountyId !== null,
  };
}

export type ReviewDto = ReturnType<typeof toReviewDto>;

/** A review on the admin's moderation queue: who wrote it about whom, and the reports against it. */
export const moderationSelect = {
  ...reviewSelect,
  hiddenAt: true,
  reportCount: true,
  author: { select: { name: true, email: true } },
  subject: { select: { name: true, email: true, providerProfile: { select: { slug: true, businessName: true } } } },
  reports: {
    select: { id: true, reason: true, status: true, createdAt: true, resolvedAt: true, reporter: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.ReviewSelect;

export type ModerationRow = Prisma.ReviewGetPayload<{ select: typeof moderationSelect }>;

export function toModerationDto(row: ModerationRow) {
  return {
    ...toReviewDto(row),
    authorName: row.author.name,
    authorEmail: row.author.email,
    subjectName: row.subject.providerProfile?.businessName ?? row.subject.name,
    subjectEmail: row.subject.email,
    providerSlug: row.subject.providerProfile?.slug ?? null,
    hiddenAt: row.hiddenAt?.toISOString() ?? null,
    reportCount: row.reportCount,
    reports: row.reports.map((r) => ({
      id: r.id,
      reason: r.reason,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      resolvedAt: r.resolvedAt?.toISOString() ?? null,
      reporterName: r.reporter.name,
      reporterEmail: r.reporter.email,
    })),
  };
}

export type ModerationDto = ReturnType<typeof toModerationDto>;
