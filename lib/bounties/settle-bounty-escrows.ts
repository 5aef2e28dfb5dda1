import { db } from "../core/db";
import { ledgerAccounts } from "../ledger/accounts";
import { settleAfterCommit } from "./escrow-settlement";

/**
 * Scheduler safety net for the escrow's processor half: an accepted bounty whose capture did not
 * happen right after the accept (process died, processor down), and a cancelled or split bounty
 * whose refund did not go through, are settled now. Settling is idempotent (fixed keys, state
 * checks), so overlapping the synchronous path is harmless; still, a bounty or payment changed in
 * the last GRACE_MS is left to the request that is settling it right now.
 */
const GRACE_MS = 2 * 60_000;

export async function settleBountyEscrows({ now = new Date(), limit = 100 }: { now?: Date; limit?: number } = {}): Promise<number> {
  const due = await db.$queryRaw<{ bountyId: string }[]>`
    SELECT p."bountyId" FROM "Payment" p JOIN "Bounty" b ON b.id = p."bountyId"
    WHERE GREATEST(p."updatedAt", b."updatedAt") <= ${new Date(now.getTime() - GRACE_MS)} AND (p.status = 'AUTHORIZED'
       OR (b.status IN ('CANCELLED', 'COMPLETED') AND p.status IN ('CAPTURED', 'PARTIALLY_REFUNDED') AND (
             SELECT COALESCE(-SUM(e.amount), 0) FROM "LedgerEntry" e JOIN "LedgerTransaction" t ON t.id = e."transactionId"
             WHERE t."paymentId" = p.id AND e.account = ${ledgerAccounts.customerFundsHeld}) > 0))
    ORDER BY p."updatedAt" ASC
    LIMIT ${limit}`;
  for (const { bountyId } of due) await settleAfterCommit(bountyId, now);
  return due.length;
}
