import type { Db, Tx } from "../core/db";
import { ledgerAccounts } from "../ledger/accounts";

export interface EscrowBalance {
  /** Still in customer_funds_held for this payment. */
  held: number;
  /** Moved out of escrow to the provider (and the platform fee). */
  released: number;
  /** Returned to the poster. */
  refunded: number;
  /** How many refunds were recorded (the next processor refund key's number is this + 1). */
  refundCount: number;
}

/** The escrow's ledger position, in one statement (one snapshot) so held and refundCount agree. */
export async function escrowBalance(client: Db | Tx, paymentId: string): Promise<EscrowBalance> {
  const [row] = await client.$queryRaw<{ held: bigint | null; released: bigint | null; refunded: bigint | null; refunds: bigint }[]>`
    SELECT -SUM(e.amount) FILTER (WHERE e.account = ${ledgerAccounts.customerFundsHeld}) AS held,
           SUM(e.amount) FILTER (WHERE e.account = ${ledgerAccounts.customerFundsHeld} AND t.kind = 'release') AS released,
           -SUM(e.amount) FILTER (WHERE e.account = ${ledgerAccounts.refunds}) AS refunded,
           COUNT(DISTINCT t.id) FILTER (WHERE t.kind = 'refund') AS refunds
    FROM "LedgerTransaction" t JOIN "LedgerEntry" e ON e."transactionId" = t.id
    WHERE t."paymentId" = ${paymentId}`;
  return { held: Number(row?.held ?? 0), released: Number(row?.released ?? 0), refunded: Number(row?.refunded ?? 0), refundCount: Number(row?.refunds ?? 0) };
}

/** The bank is contesting the charge: nothing leaves the escrow until the chargeback closes. */
export const chargebackOpen = (payment: { chargebackOpenedAt: Date | null; chargebackClosedAt: Date | null }) =>
  payment.chargebackOpenedAt !== null && payment.chargebackClosedAt === null;
