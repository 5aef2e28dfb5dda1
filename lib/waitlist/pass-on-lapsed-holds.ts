import { db } from "../core/db";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { lockProviderCalendar } from "../bookings/lock-provider-calendar";
import { offerFreedInterval } from "./offer-freed-time";

/**
 * Scheduled: a hold that lapsed unclaimed (or was given up by leaving the waitlist) passes its time
 * to the next person in line. The lapsed hold already stopped blocking at its expiresAt (the slot
 * engine compares it to now); this moves the offer on, once per hold (passedOnAt).
 */
export async function passOnLapsedHolds({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}) {
  const due = await db.slotHold.findMany({
    where: {
      OR: [
        { status: "ACTIVE", expiresAt: { lte: now } },
        { status: { in: ["EXPIRED", "RELEASED"] }, passedOnAt: null },
      ],
    },
    orderBy: { expiresAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let passed = 0;
  for (const { id } of due) {
    const done = await transactional(async (tx) => {
      const peek = await tx.slotHold.findUniqueOrThrow({ where: { id }, select: { providerId: true } });
      await lockProviderCalendar(tx, peek.providerId);
      const hold = await tx.slotHold.findUniqueOrThrow({ where: { id } });
      const lapsed = hold.status === "ACTIVE" && hold.expiresAt <= now;
      if (!lapsed && !(hold.status !== "ACTIVE" && hold.status !== "CLAIMED" && !hold.passedOnAt)) return false;
      await tx.slotHold.update({ where: { id }, data: { status: lapsed ? "EXPIRED" : hold.status, passedOnAt: now } });
      if (hold.status !== "RELEASED") {
        await recordEvent(tx, { type: "waitlist.hold_expired", actorId: null, entity: { type: "SlotHold", id }, data: { holdId: id } });
      }
      await offerFreedInterval(tx, {
        providerId: hold.providerId,
        serviceId: hold.serviceId,
        from: hold.offerStartsAt.getTime(),
        to: hold.offerEndsAt.getTime(),
        now,
      });
      return true;
    });
    if (done) passed++;
  }
  return passed;
}
