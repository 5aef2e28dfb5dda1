import { db, type Tx } from "../core/db";
import { AppError } from "../core/errors";
import { computeSlots } from "../availability/compute-slots";
import { loadSlotInputs } from "../availability/load-slot-inputs";

const DAY = 24 * 60 * 60_000;

/** 409 "slot taken", with the next few free starts so the client can offer them at once. */
export async function slotTaken(client: Tx | undefined, serviceId: string, start: number, now: Date): Promise<AppError> {
  const { rules, busy } = await loadSlotInputs(client ?? db, serviceId, start, start + 7 * DAY, undefined, { now: now.getTime() });
  const next = computeSlots(rules, busy, now.getTime(), start, start + 7 * DAY)
    .slice(0, 5)
    .map((slot) => new Date(slot.start).toISOString());
  return new AppError("SLOT_TAKEN", "That time is no longer available", { nextFreeStarts: next });
}

/** PostgreSQL's exclusion_violation (23P01) from the Booking_no_overlap constraint. */
export function isOverlapViolation(error: unknown): boolean {
  const text = `${(error as Error)?.message ?? ""} ${JSON.stringify((error as { meta?: unknown })?.meta ?? {})}`;
  return text.includes("23P01") || text.includes("Booking_no_overlap");
}
