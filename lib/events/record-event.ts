import type { Tx } from "../core/db";
import type { DomainEventInput, DomainEventType } from "./types";

// Event ids recorded inside each open transaction, dispatched by `transactional` after commit.
const recordedInTransaction = new WeakMap<object, string[]>();

export function trackRecordedEvents(tx: Tx, ids: string[]): void {
  recordedInTransaction.set(tx, ids);
}

/**
 * Writes the outbox event and its audit row in the caller's transaction, so that the state
 * change, the audit trail and the event commit or roll back together.
 */
export async function recordEvent<T extends DomainEventType>(tx: Tx, event: DomainEventInput<T>): Promise<string> {
  const payload = { actorId: event.actorId, entity: event.entity, data: event.data };
  const outbox = await tx.outboxEvent.create({ data: { type: event.type, payload }, select: { id: true } });
  await tx.auditLog.create({
    data: {
      actorId: event.actorId,
      action: event.type,
      entityType: event.entity.type,
      entityId: event.entity.id,
      data: event.data as object,
    },
  });
  recordedInTransaction.get(tx)?.push(outbox.id);
  return outbox.id;
}
