import { Prisma, type Db } from "../core/db";
import type { DomainEventType, StoredEvent } from "./types";

export interface ClaimedEvent extends StoredEvent {
  /** Delivery passes including this one. */
  attempts: number;
}

interface ClaimOptions {
  ids?: string[];
  limit: number;
  leaseMs: number;
}

/**
 * Takes up to `limit` due PENDING events and pushes their nextAttemptAt past a lease, in one
 * statement (its own short transaction). FOR UPDATE SKIP LOCKED makes concurrent claimers (other
 * instances, the poller, an after-commit dispatch) take disjoint rows without waiting, and the
 * lease keeps them away after this statement commits while the handlers run. If this process dies,
 * the lease simply expires and another pass retries the event.
 *
 * The locking SELECT sits in a MATERIALIZED CTE so it runs exactly once; the database clock
 * decides what is due, so clock skew between app servers cannot delay a fresh event.
 */
export async function claimDueEvents(db: Db, { ids, limit, leaseMs }: ClaimOptions): Promise<ClaimedEvent[]> {
  if (ids && ids.length === 0) return [];
  const onlyIds = ids ? Prisma.sql`AND "id" IN (${Prisma.join(ids)})` : Prisma.empty;
  const rows = await db.$queryRaw<Array<{ id: string; type: string; payload: unknown; createdAt: Date; attempts: number }>>(Prisma.sql`
    WITH due AS MATERIALIZED (
      SELECT "id" FROM "OutboxEvent"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now() ${onlyIds}
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "OutboxEvent" AS e
    SET "nextAttemptAt" = now() + ${leaseMs}::int * interval '1 millisecond',
        "attempts" = e."attempts" + 1
    FROM due
    WHERE e."id" = due."id"
    RETURNING e."id", e."type", e."payload", e."createdAt", e."attempts"`);
  return rows.map((row) => ({
    id: row.id,
    type: row.type as DomainEventType,
    payload: row.payload as StoredEvent["payload"],
    createdAt: new Date(row.createdAt),
    attempts: Number(row.attempts),
  }));
}
