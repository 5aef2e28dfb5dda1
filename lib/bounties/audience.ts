import type { Db, Prisma } from "../core/db";

/** Everyone a bounty event may concern, and what their emails and notifications show. */
export const bountyAudienceSelect = {
  id: true,
  title: true,
  status: true,
  budgetAmount: true,
  currency: true,
  dueAt: true,
  autoReleaseAt: true,
  cancelRequestedById: true,
  cancelRequestReason: true,
  cancelReason: true,
  disputeByChargeback: true,
  disputeReason: true,
  poster: { select: { id: true, name: true, email: true } },
  acceptedOffer: { select: { id: true, amount: true, provider: { select: { businessName: true, user: { select: { id: true, name: true, email: true } } } } } },
  offers: { select: { id: true, status: true, amount: true, counterAmount: true, etaDays: true, provider: { select: { businessName: true, user: { select: { id: true, name: true, email: true } } } } } },
  payment: { select: { amount: true, currency: true, platformFeeAmount: true } },
} satisfies Prisma.BountySelect;

export type BountyAudience = Prisma.BountyGetPayload<{ select: typeof bountyAudienceSelect }>;
export type Person = { id: string; name: string; email: string };

/** null when the bounty is gone; handlers then have nothing to say. */
export function loadBountyAudience(db: Db, bountyId: string): Promise<BountyAudience | null> {
  return db.bounty.findUnique({ where: { id: bountyId }, select: bountyAudienceSelect });
}

export const assignedPerson = (a: BountyAudience): Person | null => a.acceptedOffer?.provider.user ?? null;

export const offerOf = (a: BountyAudience, offerId: string) => a.offers.find((o) => o.id === offerId) ?? null;

/** Everyone with a stake in the bounty's page: the poster, the assigned provider and every offerer. */
export function watchers(a: BountyAudience): string[] {
  return [...new Set([a.poster.id, ...a.offers.map((o) => o.provider.user.id)])];
}
