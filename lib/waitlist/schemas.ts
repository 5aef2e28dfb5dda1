import { DateTime } from "luxon";
import { z } from "zod";
import { clockToMinute } from "../availability/schemas";

/** Input shapes of the waitlist, shared by the forms (zodResolver), the server actions and the routes. */

const LocalDate = z
  .string()
  .trim()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid, "Pick a date");

const Clock = z
  .string()
  .trim()
  .refine((value) => clockToMinute(value) !== null, "Use the 24-hour format HH:MM, e.g. 09:30");

/** An empty field is "no time": the whole day. */
const OptionalClock = z.preprocess((value) => (value === "" || value === null ? undefined : value), Clock.optional());

const afterStart = ({ startTime, endTime }: { startTime?: string; endTime?: string }, ctx: z.RefinementCtx) => {
  if ((startTime === undefined) !== (endTime === undefined)) {
    ctx.addIssue({ code: "custom", path: [startTime === undefined ? "startTime" : "endTime"], message: "Give both times, or neither for the whole day" });
    return;
  }
  const from = startTime === undefined ? null : clockToMinute(startTime);
  const to = endTime === undefined ? null : clockToMinute(endTime);
  if (from !== null && to !== null && to <= from) ctx.addIssue({ code: "custom", path: ["endTime"], message: "Must be after the start time" });
};

export const JoinWaitlistInput = z
  .object({ serviceId: z.string().min(1), date: LocalDate, startTime: OptionalClock, endTime: OptionalClock })
  .superRefine(afterStart);
export type JoinWaitlistInput = z.input<typeof JoinWaitlistInput>;

export const LeaveWaitlistInput = z.object({ entryId: z.string().min(1) });
export type LeaveWaitlistInput = z.input<typeof LeaveWaitlistInput>;

/** A free interval a provider offers by hand, wall-clock in their zone. */
export const OfferGapInput = z.object({ date: LocalDate, startTime: Clock, endTime: Clock }).superRefine(afterStart);
export type OfferGapInput = z.input<typeof OfferGapInput>;

export const SetFillGapsInput = z.object({ enabled: z.boolean() });
export type SetFillGapsInput = z.input<typeof SetFillGapsInput>;
