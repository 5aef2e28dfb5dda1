import type { Tx } from "../core/db";
import type { RiskKind, RiskSignals } from "./score";

const DAY = 86_400_000;

interface GatherOptions {
  kind: RiskKind;
  /** The customer, the poster, or the provider's user. */
  userId: string;
  /** Set for a payout: its provider profile (failed payouts, chargebacks on their payments). */
  providerId?: string;
  amount: number;
  now: Date;
}

/**
 * The signals scoreRisk() reads, from the database, in the caller's transaction (before the
 * subject row exists, so nothing here counts it). Every query is a count or an aggregate on an
 * indexed (user, time) or (user, status) prefix over a bounded window: a handful of index scans,
 * never a table scan (the indexes are in prisma/schema.prisma, marked "Risk signals").
 */
export async function gatherRiskSignals(tx: Tx, { kind, userId, providerId, amount, now }: GatherOptions): Promise<RiskSignals> {
  const since = (days: number) => new Date(now.getTime() - days * DAY);
  // One after another: they share the transaction's connection.
  const user = await tx.user.findUnique({ where: { id: userId }, select: { createdAt: true } });
  const failedPayments =
    kind === "PAYOUT" && providerId
      ? await tx.payout.count({ where: { providerId, status: "failed", createdAt: { gte: since(90) } } })
      : await tx.payment.count({ where: { customerId: userId, status: "FAILED", createdAt: { gte: since(90) } } });
  const disputes = await tx.dispute.count({ where: { OR: [{ openedById: userId }, { respondentId: userId }], createdAt: { gte: since(365) } } });
  const chargebacks =
    kind === "PAYOUT" && providerId
      ? await tx.payment.count({ where: { providerId, chargebackOpenedAt: { gte: since(365) } } })
      : await tx.payment.count({ where: { customerId: userId, chargebackOpenedAt: { gte: since(365) } } });
  const recentCount = await countRecent(tx, kind, userId, providerId, since(1));
  const history = await amountHistory(tx, kind, userId, providerId, since(365));
  return {
    kind,
    amount,
    accountAgeMs: user ? Math.max(0, now.getTime() - user.createdAt.getTime()) : 0,
    failedPayments,
    disputes: disputes + chargebacks,
    recentCount,
    history,
  };
}

function countRecent(tx: Tx, kind: RiskKind, userId: string, providerId: string | undefined, since: Date): Promise<number> {
  if (kind === "BOOKING") return tx.booking.count({ where: { customerId: userId, createdAt: { gte: since } } });
  if (kind === "BOUNTY") return tx.bounty.count({ where: { posterId: userId, createdAt: { gte: since } } });
  return tx.payout.count({ where: { providerId: providerId ?? "", createdAt: { gte: since }, status: { not: "cancelled" } } });
}

async function amountHistory(tx: Tx, kind: RiskKind, userId: string, providerId: string | undefined, since: Date) {
  if (kind === "BOOKING") {
    const r = await tx.booking.aggregate({ where: { customerId: userId, createdAt: { gte: since }, priceAmount: { gt: 0 } }, _count: { _all: true }, _max: { priceAmount: true } });
    return { count: r._count._all, maxAmount: r._max.priceAmount ?? 0 };
  }
  if (kind === "BOUNTY") {
    const r = await tx.bounty.aggregate({ where: { posterId: userId, createdAt: { gte: since }, budgetAmount: { gt: 0 } }, _count: { _all: true }, _max: { budgetAmount: true } });
    return { count: r._count._all, maxAmount: r._max.budgetAmount ?? 0 };
  }
  // Paid or on its way: a rejected (cancelled) or still held payout is no evidence of normal behaviour.
  const r = await tx.payout.aggregate({ where: { providerId: providerId ?? "", createdAt: { gte: since }, status: { in: ["pending", "paid"] } }, _count: { _all: true }, _max: { amount: true } });
  return { count: r._count._all, maxAmount: r._max.amount ?? 0 };
}
