import type { Prisma } from "../core/db";
import { bookingPaymentSelect } from "../payments/dto";
import { photoUrls } from "./photos";

/**
 * What callers see of bounties, picked with Prisma select. The public board shows an approximate
 * location (about a kilometre) and a short poster name; the street address, the evidence, the
 * conversation and the money are for the two parties and Hearth support (see get-bounty.ts).
 */

export const bountyCardSelect = {
  id: true,
  title: true,
  description: true,
  budgetAmount: true,
  currency: true,
  status: true,
  isRemote: true,
  lat: true,
  lng: true,
  skills: true,
  photoKeys: true,
  dueAt: true,
  verifiedOnly: true,
  createdAt: true,
  category: { select: { slug: true, name: true } },
  poster: { select: { id: true, name: true } },
  _count: { select: { offers: { where: { status: "OPEN" } } } },
} satisfies Prisma.BountySelect;

export type BountyCardRow = Prisma.BountyGetPayload<{ select: typeof bountyCardSelect }>;

/** "Jane Doe" → "Jane D.": enough to recognise a poster, not enough to find their house. */
export function shortName(name: string): string {
  const [first, ...rest] = name.trim().split(/\s+/);
  const last = rest.at(-1);
  return last ? `${first} ${last[0].toUpperCase()}.` : (first ?? "");
}

const approx = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export function approxLocation(row: { isRemote: boolean; lat: number | null; lng: number | null }) {
  if (row.isRemote || row.lat === null || row.lng === null) return null;
  return { lat: approx(row.lat)!, lng: approx(row.lng)! };
}

export function toBountyCard(row: BountyCardRow, distanceKm: number | null = null) {
  return {
    id: row.id,
    title: row.title,
    excerpt: row.description.length > 200 ? `${row.description.slice(0, 197).trimEnd()}…` : row.description,
    budgetAmount: row.budgetAmount,
    currency: row.currency,
    forHonor: row.budgetAmount === 0,
    status: row.status,
    category: row.category,
    isRemote: row.isRemote,
    approxLocation: approxLocation(row),
    distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
    skills: row.skills,
    dueAt: row.dueAt.toISOString(),
    verifiedOnly: row.verifiedOnly,
    coverPhotoUrl: photoUrls(row.photoKeys.slice(0, 1))[0]?.url ?? null,
    photoCount: row.photoKeys.length,
    openOfferCount: row._count.offers,
    poster: { name: shortName(row.poster.name) },
    createdAt: row.createdAt.toISOString(),
  };
}

export type BountyCard = ReturnType<typeof toBountyCard>;

export const offerSelect = {
  id: true,
  amount: true,
  currency: true,
  message: true,
  etaDays: true,
  counterAmount: true,
  counteredAt: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  provider: {
    select: { id: true, slug: true, businessName: true, verification: true, ratingCount: true, ratingSum: true, userId: true, payoutsEnabled: true, stripeAccountId: true },
  },
} satisfies Prisma.OfferSelect;

export type OfferRow = Prisma.OfferGetPayload<{ select: typeof offerSelect }>;

export function toOfferDto(row: OfferRow) {
  const { provider } = row;
  return {
    id: row.id,
    amount: row.amount,
    currency: row.currency,
    message: row.message,
    etaDays: row.etaDays,
    counterAmount: row.counterAmount,
    counteredAt: row.counteredAt?.toISOString() ?? null,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    provider: {
      id: provider.id,
      slug: provider.slug,
      businessName: provider.businessName,
      verified: provider.verification === "VERIFIED",
      rating: provider.ratingCount ? { average: Math.round((provider.ratingSum / provider.ratingCount) * 10) / 10, count: provider.ratingCount } : null,
      /** Whether a paid bounty can be given to them (payout setup finished); never the account itself. */
      acceptsPayments: provider.payoutsEnabled && provider.stripeAccountId !== null,
    },
  };
}

export type OfferDto = ReturnType<typeof toOfferDto>;

export const questionSelect = {
  id: true,
  question: true,
  answer: true,
  answeredAt: true,
  createdAt: true,
  authorId: true,
} satisfies Prisma.BountyQuestionSelect;

export type QuestionRow = Prisma.BountyQuestionGetPayload<{ select: typeof questionSelect }>;

export function toQuestionDto(row: QuestionRow, authorName: string | null) {
  return {
    id: row.id,
    question: row.question,
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    author: { name: authorName },
  };
}

export type QuestionDto = ReturnType<typeof toQuestionDto>;

export const bountyDetailSelect = {
  ...bountyCardSelect,
  addressLine: true,
  acceptedOfferId: true,
  changeRequests: true,
  changeRequestReason: true,
  changeRequestedAt: true,
  submissionNotes: true,
  submissionPhotoKeys: true,
  submittedAt: true,
  autoReleaseAt: true,
  releasedAt: true,
  completedAt: true,
  cancelRequestedById: true,
  cancelRequestReason: true,
  cancelledById: true,
  cancelReason: true,
  cancelledAt: true,
  disputedAt: true,
  disputeOpenedById: true,
  disputeByChargeback: true,
  disputeReason: true,
  disputeResolution: true,
  acceptedOffer: { select: offerSelect },
  conversation: { select: { id: true } },
  payment: {
    select: {
      ...bookingPaymentSelect,
      platformFeeAmount: true,
      transferredAmount: true,
      transferredAt: true,
      chargebackOpenedAt: true,
      chargebackClosedAt: true,
      chargebackOutcome: true,
      refundFailedAt: true,
    },
  },
} satisfies Prisma.BountySelect;

export type DisputeOpener = "poster" | "provider" | "bank";

/**
 * Who opened a dispute, by role and name: the poster, the assigned provider, or the poster's bank
 * (a card chargeback). `openedById` null without a chargeback is a dispute from before the opener
 * was recorded; its audit row still names them.
 */
export function disputeOpenerOf(row: {
  disputeOpenedById: string | null;
  disputeByChargeback: boolean;
  poster: { id: string; name: string };
  provider: { userId: string; businessName: string } | null;
}): { role: DisputeOpener; name: string } | null {
  if (row.disputeByChargeback) return { role: "bank", name: "The poster's bank (card chargeback)" };
  if (!row.disputeOpenedById) return null;
  if (row.disputeOpenedById === row.poster.id) return { role: "poster", name: row.poster.name };
  if (row.provider && row.disputeOpenedById === row.provider.userId) return { role: "provider", name: row.provider.businessName };
  return null;
}

export type BountyDetailRow = Prisma.BountyGetPayload<{ select: typeof bountyDetailSelect }>;
