import type { Tx } from "../core/db";
import { ledgerAccounts } from "../ledger/accounts";

const OPEN_BOOKING = ["REQUESTED", "CONFIRMED"] as const;
const OPEN_PAYMENT = ["PENDING", "REQUIRES_ACTION", "CARD_SAVED", "AUTHORIZED"] as const;
const OPEN_BOUNTY = ["OPEN", "IN_PROGRESS", "AWAITING_APPROVAL", "DISPUTED"] as const;

export type OpenMatter = "upcoming_bookings" | "pending_payments" | "open_bounties" | "open_disputes" | "unpaid_balance";

/**
 * What still ties the account to other people or to money. Deleting such an account must keep
 * every row (the other side, support and the ledger still need them), so it is anonymised.
 */
export async function findOpenMatters(tx: Tx, { userId, providerId, now = new Date() }: { userId: string; providerId: string | null; now?: Date }): Promise<OpenMatter[]> {
  const asParty = providerId ? [{ customerId: userId }, { providerId }] : [{ customerId: userId }];
  const bountyParty = providerId ? [{ posterId: userId }, { acceptedOffer: { providerId } }] : [{ posterId: userId }];
  const [bookings, payments, bounties, disputes, balance] = await Promise.all([
    tx.booking.count({ where: { OR: asParty, status: { in: [...OPEN_BOOKING] }, startsAt: { gt: now } } }),
    tx.payment.count({ where: { OR: asParty, status: { in: [...OPEN_PAYMENT] } } }),
    tx.bounty.count({ where: { OR: bountyParty, status: { in: [...OPEN_BOUNTY] } } }),
    tx.payment.count({ where: { OR: asParty, chargebackOpenedAt: { not: null }, chargebackClosedAt: null } }),
    providerId
      ? tx.ledgerEntry.groupBy({ by: ["currency"], where: { account: ledgerAccounts.providerPayable(providerId) }, _sum: { amount: true } })
      : Promise.resolve([]),
  ]);
  const matters: OpenMatter[] = [];
  if (bookings) matters.push("upcoming_bookings");
  if (payments) matters.push("pending_payments");
  if (bounties) matters.push("open_bounties");
  if (disputes) matters.push("open_disputes");
  if (balance.some((row) => (row._sum.amount ?? 0) !== 0)) matters.push("unpaid_balance");
  return matters;
}
