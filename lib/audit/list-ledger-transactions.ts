import type { Actor } from "../core/auth/actor";
import { db, type Prisma } from "../core/db";
import { decodePageCursor, encodePageCursor, olderThan } from "../core/page-cursor";
import { parseInput } from "../core/validation";
import { assertCanReadAudit } from "./policies";
import { dateRange, LedgerQuery } from "./schemas";

const ledgerTransactionSelect = {
  id: true,
  key: true,
  kind: true,
  description: true,
  paymentId: true,
  createdAt: true,
  entries: { select: { id: true, account: true, amount: true, currency: true }, orderBy: [{ amount: "desc" }, { id: "asc" }] },
} satisfies Prisma.LedgerTransactionSelect;

export type LedgerTransactionDto = Omit<Prisma.LedgerTransactionGetPayload<{ select: typeof ledgerTransactionSelect }>, "createdAt"> & { createdAt: string };

/**
 * The money side of the audit trail. Money movements leave AuditLog rows under several entities
 * (Payment, Bounty, Payout) and without per-account amounts; every one is also a balanced ledger
 * transaction, so this is the complete record: newest first, by kind, payment and dates.
 */
export async function listLedgerTransactions({ actor, query }: { actor: Actor | null; query: unknown }): Promise<{ data: LedgerTransactionDto[]; nextCursor: string | null }> {
  assertCanReadAudit(actor);
  const q = parseInput(LedgerQuery, query);
  const where: Prisma.LedgerTransactionWhereInput[] = [];
  if (q.kind) where.push({ kind: q.kind });
  if (q.paymentId) where.push({ paymentId: q.paymentId });
  const range = dateRange(q.from, q.to);
  if (range) where.push({ createdAt: range });
  if (q.cursor) where.push(olderThan(decodePageCursor(q.cursor)));

  const rows = await db.ledgerTransaction.findMany({ where: { AND: where }, select: ledgerTransactionSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    nextCursor: rows.length > q.limit && last ? encodePageCursor(last) : null,
  };
}
