import type { Db, Tx } from "../core/db";
import { Prisma } from "../core/db";

/**
 * The provider's earnings that an open booking dispute freezes, in one currency: their net share
 * of each disputed booking's payment as the ledger has it (captures minus refunds on
 * provider_payable:<id>, per payment), never below zero. Payouts subtract it from what they may
 * take; it unfreezes by itself when the dispute closes (the status leaves the open set).
 */
export async function frozenEarnings(client: Db | Tx, providerId: string, currency?: string): Promise<Map<string, number>> {
  const account = `provider_payable:${providerId}`;
  const rows = await client.$queryRaw<{ currency: string; frozen: bigint | number | null }[]>`
    SELECT per_payment.currency, SUM(GREATEST(per_payment.share, 0)) AS frozen FROM (
      SELECT e."currency", -SUM(e."amount") AS share
      FROM "Dispute" d
      JOIN "Payment" p ON p."bookingId" = d."bookingId"
      JOIN "LedgerTransaction" t ON t."paymentId" = p."id"
      JOIN "LedgerEntry" e ON e."transactionId" = t."id" AND e."account" = ${account}
      WHERE d."status" IN ('AWAITING_RESPONSE', 'OPEN', 'ESCALATED') AND p."providerId" = ${providerId}
        ${currency ? Prisma.sql`AND e."currency" = ${currency}` : Prisma.empty}
      GROUP BY p."id", e."currency"
    ) per_payment
    GROUP BY per_payment.currency`;
  return new Map(rows.map((r) => [r.currency.trim(), Number(r.frozen ?? 0)]));
}
