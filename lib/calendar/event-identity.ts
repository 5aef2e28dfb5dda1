import type { Db, Tx } from "../core/db";

/**
 * How one booking is known to calendar apps, shared by the email attachments and the provider's
 * feed: the same UID everywhere, so an imported invite, its updates and its cancellation all land
 * on one event.
 */
export function bookingEventUid(bookingId: string): string {
  return `booking-${bookingId}@hearth`;
}

export type BookingEventState = "TENTATIVE" | "CONFIRMED" | "CANCELLED";

/**
 * SEQUENCE must grow with every revision or calendars ignore the update. It is derived from facts
 * that only ever grow (the state ladder and the number of reschedules), so any handler, retry or
 * feed request computes the same number for the same booking state without storing a counter:
 * request 0, confirmation 1, each reschedule +1, cancellation one above the last revision.
 */
export function bookingEventSequence(state: BookingEventState, reschedules: number): number {
  const base = state === "TENTATIVE" ? 0 : state === "CONFIRMED" ? 1 : 2;
  return base + reschedules;
}

/** Reschedules per booking, counted from the audit trail that recordEvent writes with every event. */
export async function countReschedules(client: Db | Tx, bookingIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (bookingIds.length === 0) return counts;
  const rows = await client.auditLog.groupBy({
    by: ["entityId"],
    where: { entityType: "Booking", action: "booking.rescheduled", entityId: { in: bookingIds } },
    _count: { _all: true },
  });
  for (const row of rows) counts.set(row.entityId, row._count._all);
  return counts;
}
