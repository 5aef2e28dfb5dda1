import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { escrowBalance } from "./escrow";
import { bountyCardSelect, toBountyCard } from "./dto";
import { assertIsAdmin } from "./policies";

/** The admin queue: disputed bounties, oldest dispute first, with both parties and the money at stake. */
export async function listDisputedBounties({ actor, limit = 100 }: { actor: Actor; limit?: number }) {
  assertIsAdmin(actor);
  const rows = await db.bounty.findMany({
    where: { status: "DISPUTED" },
    select: {
      ...bountyCardSelect,
      disputedAt: true,
      disputeReason: true,
      poster: { select: { id: true, name: true, email: true } },
      acceptedOffer: { select: { amount: true, provider: { select: { id: true, slug: true, businessName: true, user: { select: { id: true, email: true } } } } } },
      payment: { select: { id: true, status: true, amount: true, currency: true } },
    },
    orderBy: [{ disputedAt: "asc" }, { id: "asc" }],
    take: limit,
  });
  const data = await Promise.all(
    rows.map(async (row) => ({
      ...toBountyCard(row),
      disputedAt: row.disputedAt?.toISOString() ?? null,
      disputeReason: row.disputeReason,
      poster: { id: row.poster.id, name: row.poster.name, email: row.poster.email },
      provider: row.acceptedOffer
        ? { id: row.acceptedOffer.provider.id, slug: row.acceptedOffer.provider.slug, businessName: row.acceptedOffer.provider.businessName, userId: row.acceptedOffer.provider.user.id, email: row.acceptedOffer.provider.user.email }
        : null,
      agreedAmount: row.acceptedOffer?.amount ?? 0,
      payment: row.payment ? { status: row.payment.status, amount: row.payment.amount, currency: row.payment.currency, heldAmount: (await escrowBalance(db, row.payment.id)).held } : null,
    })),
  );
  return { data };
}
