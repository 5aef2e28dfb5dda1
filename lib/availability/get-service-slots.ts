import { z } from "zod";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { computeSlots } from "./compute-slots";
import { loadSlotInputs } from "./load-slot-inputs";

const DAY = 24 * 60 * 60_000;
export const MAX_SLOT_RANGE_DAYS = 31;

export const SlotQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

/** Free start times of a service; the default window is the next 14 days. `customerId`'s own waitlist holds show as free to them. */
export async function getServiceSlots({ serviceId, query, now = Date.now(), customerId }: { serviceId: string; query: unknown; now?: number; customerId?: string }) {
  const input = parseInput(SlotQuery, query);
  const from = input.from ? Date.parse(input.from) : now;
  const to = input.to ? Date.parse(input.to) : from + 14 * DAY;
  if (to <= from) throw new AppError("VALIDATION_FAILED", "`to` must be after `from`", { fields: { to: ["must be after from"] } });
  if (to - from > MAX_SLOT_RANGE_DAYS * DAY) {
    throw new AppError("VALIDATION_FAILED", `Ask for at most ${MAX_SLOT_RANGE_DAYS} days at a time`, { fields: { to: ["range too long"] } });
  }
  const { service, rules, busy } = await loadSlotInputs(db, serviceId, from, to, undefined, { now, holderId: customerId });
  const slots = computeSlots(rules, busy, now, from, to);
  return {
    timeZone: service.provider.timeZone,
    data: slots.map((s) => ({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString() })),
  };
}
