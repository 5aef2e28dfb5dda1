import { db } from "../core/db";
import { ledgerAccounts } from "../ledger/accounts";
import { settleAfterCommit } from "./escrow-settlement";

/**
 * Scheduler safety net for the escrow's processor half: an accepted bounty whose capture did not
 * happen right after the accept (process died, processor down), a cancelled or split bounty whose
 * refund did not go through, and a completed bounty whose provider transfer did not go out, are
 * settled now. Settling is idempotent (fixed keys, state checks), so overlapping the synchronous
 * path is harmless; still, a bounty or payment changed in the last GRACE_MS is left to the request
 * that is settling it right now. An open chargeback freezes the money, and a refund the processor
 * reported as failed waits for support (retryEscrowRefund): neither is retried here.
 */
const GRACE_MS = 2 * 60_000;

export async function settleBountyEscrows({ now = new Date(), limit = 100 }: { now?: Date; limit?: number } = {}): Promise<number> {
  const due = await db.$queryRaw<{ bountyId: string }[]>`
    SELECT p."bountyId" FROM "Payment" p JOIN "Bounty" b ON b.id = p."bountyId" JOIN "ProviderProfile" pp ON pp.id = p."providerId"
    WHERE GREATEST(p."updatedAt", b."updatedAt") <= ${new Date(now.getTime() - GRACE_MS)} AND (p.status = 'AUTHORIZED' OR (
      (p."chargebackOpenedAt" IS NULL OR p."chargebackClosedAt" IS NOT NULL) AND p.status IN ('CAPTURED', 'PARTIALLY_REFUNDED') AND (
        (b.status IN ('CANCELLED', 'COMPLETED') AND p."refundFailedAt" IS NULL AND (
           SELECT COALESCE(-SUM(e.amount), 0) FROM "LedgerEntry" e JOIN "LedgerTransaction" t ON t.id = e."transactionId"
           WHERE t."paymentId" = p.id AND e.account = ${ledgerAccounts.customerFundsHeld}) > 0)
        OR (b.status = 'COMPLETED' AND p."transferRef" IS NULL AND pp."stripeAccountId" IS NOT NULL AND p."chargebackOutcome" IS DISTINCT FROM 'lost'
            AND EXISTS (SELECT 1 FROM "LedgerTransaction" t WHERE t."paymentId" = p.id AND t.kind = 'release')))))
    ORDER BY p."updatedAt" ASC
    LIMIT ${limit}`;
  for (const { bountyId } of due) await settleAfterCommit(bountyId, now);
  return due.length;
}
