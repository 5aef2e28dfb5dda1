import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { escrowBalance } from "./escrow";
import { photoUrls } from "./photos";
import { bountyCardSelect, disputeOpenerOf, toBountyCard } from "./dto";
import { assertIsAdmin } from "./policies";

/**
 * The admin queue: disputed bounties, oldest dispute first, with who opened each one (the poster,
 * the provider, or the poster's bank: a card chargeback) and why, both parties, and the money at
 * stake. A chargeback on a bounty that was already settled (completed or cancelled) is listed too
 * while it is open: support may need to recover money the bank is taking back. Each case carries
 * the full description and the provider's submitted work, so the queue needs no query per case.
 */
export async function listDisputedBounties({ actor, limit = 100 }: { actor: Actor; limit?: number }) {
  assertIsAdmin(actor);
  const rows = await db.bounty.findMany({
    where: { OR: [{ status: "DISPUTED" }, { payment: { chargebackOpenedAt: { not: null }, chargebackClosedAt: null } }] },
    select: {
      ...bountyCardSelect,
      disputedAt: true,
      disputeReason: true,
      disputeOpenedById: true,
      disputeByChargeback: true,
      submissionNotes: true,
      submissionPhotoKeys: true,
      submittedAt: true,
      poster: { select: { id: true, name: true, email: true } },
      acceptedOffer: { select: { amount: true, provider: { select: { id: true, slug: true, businessName: true, user: { select: { id: true, email: true } } } } } },
      payment: {
        select: { id: true, status: true, amount: true, currency: true, chargebackRef: true, chargebackReason: true, chargebackOpenedAt: true, chargebackClosedAt: true, chargebackOutcome: true },
      },
    },
    orderBy: [{ disputedAt: "asc" }, { id: "asc" }],
    take: limit,
  });
  const data = await Promise.all(
    rows.map(async (row) => {
      const provider = row.acceptedOffer?.provider ?? null;
      const payment = row.payment;
      return {
        ...toBountyCard(row),
        description: row.description,
        submission: row.submittedAt ? { notes: row.submissionNotes ?? "", photos: photoUrls(row.submissionPhotoKeys), submittedAt: row.submittedAt.toISOString() } : null,
        disputedAt: row.disputedAt?.toISOString() ?? null,
        disputeReason: row.disputeReason,
        /** Who opened the dispute, by role and name; null only for a dispute older than this record. */
        openedBy: disputeOpenerOf({ ...row, provider: provider ? { userId: provider.user.id, businessName: provider.businessName } : null }),
        poster: { id: row.poster.id, name: row.poster.name, email: row.poster.email },
        provider: provider ? { id: provider.id, slug: provider.slug, businessName: provider.businessName, userId: provider.user.id, email: provider.user.email } : null,
        agreedAmount: row.acceptedOffer?.amount ?? 0,
        payment: payment
          ? {
              status: payment.status,
              amount: payment.amount,
              currency: payment.currency,
              heldAmount: (await escrowBalance(db, payment.id)).held,
              chargeback: payment.chargebackOpenedAt
                ? { ref: payment.chargebackRef, reason: payment.chargebackReason, openedAt: payment.chargebackOpenedAt.toISOString(), closedAt: payment.chargebackClosedAt?.toISOString() ?? null, outcome: payment.chargebackOutcome }
                : null,
            }
          : null,
        /** Support can settle it now: disputed, and no chargeback open. */
        resolvable: row.status === "DISPUTED" && !(payment?.chargebackOpenedAt && !payment.chargebackClosedAt),
      };
    }),
  );
  return { data };
}
