import { z } from "zod";

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A day (YYYY-MM-DD, UTC) or an instant (ISO 8601); "" from an empty form field means no bound. */
const Bound = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || !Number.isNaN(new Date(v).getTime()), "Enter a date (YYYY-MM-DD)");

/** Optional text filter; an empty field is no filter. */
const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

/** `from` is inclusive; a day as `to` includes that whole day (UTC), an instant is exclusive. */
export function dateRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: new Date(from) } : {}),
    ...(to ? { lt: DATE_ONLY.test(to) ? new Date(new Date(to).getTime() + DAY_MS) : new Date(to) } : {}),
  };
}

const Page = {
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
};

export const AuditLogQuery = z
  .object({
    /** A user's email or id, or "system" for what the scheduler and webhooks did. */
    actor: Text(200),
    /** An exact action ("user.suspended"), or every action under a prefix ending in a dot ("user."). */
    action: Text(100),
    entityType: Text(60),
    entityId: Text(100),
    from: Bound,
    to: Bound,
    ...Page,
  })
  .refine((q) => !q.from || !q.to || dateRange(q.from, q.to)!.gte! < dateRange(q.from, q.to)!.lt!, { path: ["to"], message: "The end comes after the start" });
export type AuditLogQuery = z.input<typeof AuditLogQuery>;

export const LedgerQuery = z
  .object({
    kind: Text(40),
    paymentId: Text(100),
    from: Bound,
    to: Bound,
    ...Page,
  })
  .refine((q) => !q.from || !q.to || dateRange(q.from, q.to)!.gte! < dateRange(q.from, q.to)!.lt!, { path: ["to"], message: "The end comes after the start" });
export type LedgerQuery = z.input<typeof LedgerQuery>;
