import { db, type Tx } from "../core/db";
import { trackRecordedEvents } from "./record-event";
import { dispatchAfterCommit } from "./dispatch";

/**
 * Runs `work` in one database transaction and, once it has committed, hands the events it
 * recorded to the bus. Events recorded by a transaction that rolled back never leave the outbox
 * table (they are never written); events whose immediate dispatch fails are picked up by the poller.
 */
export async function transactional<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const recorded: string[] = [];
  const result = await db.$transaction(async (tx) => {
    trackRecordedEvents(tx, recorded);
    return work(tx);
  });
  if (recorded.length) dispatchAfterCommit(recorded);
  return result;
}
