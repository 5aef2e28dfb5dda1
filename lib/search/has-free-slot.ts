import { DateTime } from "luxon";
import { db, type Prisma } from "../core/db";
import { computeSlots } from "../availability/compute-slots";
import { loadSlotInputs } from "../availability/load-slot-inputs";
import type { AvailableWindow } from "./schemas";

/** The window as instants in one provider's zone: 09:00–12:00 on their Saturday. */
export function windowIn(timeZone: string, { date, from, to }: AvailableWindow): { from: number; to: number } {
  const at = (clock: string) => DateTime.fromISO(`${date}T${clock === "24:00" ? "00:00" : clock}`, { zone: timeZone }).plus({ days: clock === "24:00" ? 1 : 0 });
  return { from: at(from).toMillis(), to: at(to).toMillis() };
}

/**
 * Whether a provider can be booked in the window: some bookable service of theirs (those the
 * search's filters allow) has a free start by the same slot engine the booking page uses.
 */
export async function hasFreeSlot(providerId: string, window: AvailableWindow, services: Prisma.ServiceWhereInput, now: number): Promise<boolean> {
  const provider = await db.providerProfile.findUnique({
    where: { id: providerId },
    select: { timeZone: true, services: { where: services, select: { id: true } } },
  });
  if (!provider) return false;
  const { from, to } = windowIn(provider.timeZone, window);
  for (const { id } of provider.services) {
    const { rules, busy } = await loadSlotInputs(db, id, from, to);
    // A slot must start inside the window; computeSlots already refuses the past and the notice period.
    if (computeSlots(rules, busy, now, from, to).some((slot) => slot.start >= from && slot.start < to)) return true;
  }
  return false;
}
