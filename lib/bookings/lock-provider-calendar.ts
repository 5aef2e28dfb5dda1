import type { Tx } from "../core/db";

/**
 * Makes writes to one provider's calendar take turns until the transaction ends. Without it, two
 * bookings inserted at once over overlapping time each wait, through the exclusion constraint, for
 * the other's uncommitted row: PostgreSQL aborts one as a deadlock, and under a rush of customers a
 * retry can deadlock again. Taken before the slot re-check, the lock also lets that check see the
 * winner's committed row, so the loser gets a clean SLOT_TAKEN. The constraint still holds the line
 * for any writer that skips this lock.
 */
export async function lockProviderCalendar(tx: Tx, providerId: string): Promise<void> {
  // A transaction-scoped advisory lock: released on commit or rollback, never left behind.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`calendar:${providerId}`}, 0))`;
}
