import type { Prisma, Tx } from "../core/db";
import { notFound } from "../core/errors";

export const lockedBountySelect = {
  id: true,
  posterId: true,
  title: true,
  status: true,
  budgetAmount: true,
  currency: true,
  verifiedOnly: true,
  acceptedOfferId: true,
  changeRequests: true,
  cancelRequestedById: true,
  cancelRequestReason: true,
  autoReleaseAt: true,
  hiddenAt: true,
  acceptedOffer: { select: { id: true, amount: true, providerId: true, provider: { select: { userId: true } } } },
  payment: { select: { id: true, status: true, amount: true, currency: true, providerId: true, chargebackOpenedAt: true, chargebackClosedAt: true, chargebackOutcome: true } },
} satisfies Prisma.BountySelect;

export type LockedBounty = Prisma.BountyGetPayload<{ select: typeof lockedBountySelect }>;

/**
 * Loads a bounty for a change and locks its row until the transaction ends. Every bounty
 * transition and every offer change takes this lock first, so concurrent moves of one bounty
 * (approve vs. the automatic release, accept vs. a revised offer) run one after the other and
 * the later one sees the earlier one's result.
 */
export async function lockBounty(tx: Tx, bountyId: string): Promise<LockedBounty> {
  await tx.$queryRaw`SELECT id FROM "Bounty" WHERE id = ${bountyId} FOR UPDATE`;
  const bounty = await tx.bounty.findUnique({ where: { id: bountyId }, select: lockedBountySelect });
  if (!bounty) throw notFound("Bounty");
  return bounty;
}

/**
 * A bounty a moderator hid, or one whose poster is suspended, does not exist for providers: new
 * offers and questions get the 404 its page gives them.
 */
export async function assertListedForProviders(tx: Tx, bounty: Pick<LockedBounty, "hiddenAt" | "posterId">): Promise<void> {
  if (bounty.hiddenAt || !(await tx.user.count({ where: { id: bounty.posterId, disabledAt: null } }))) throw notFound("Bounty");
}

/** The user id of the provider the bounty was given to, if any. */
export const assignedUserId = (bounty: Pick<LockedBounty, "acceptedOffer">): string | null => bounty.acceptedOffer?.provider.userId ?? null;
