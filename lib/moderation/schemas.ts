import { z } from "zod";

/** Input shapes of the moderation queue, shared by the report forms, the server actions and the REST routes. */

export const REPORT_KINDS = ["REVIEW", "MESSAGE", "BOUNTY", "PROVIDER_PROFILE"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const KIND_LABELS: Record<ReportKind, string> = {
  REVIEW: "review",
  MESSAGE: "message",
  BOUNTY: "bounty",
  PROVIDER_PROFILE: "provider profile",
};

export const REPORT_REASON_MIN = 3;
export const REPORT_REASON_MAX = 1_000;

const id = z.string().min(1).max(64);
const kind = z.enum(REPORT_KINDS, { error: "Choose what you are reporting" });

export const ReportReason = z
  .string({ error: "Tell us briefly what is wrong" })
  .trim()
  .min(REPORT_REASON_MIN, "Tell us briefly what is wrong")
  .max(REPORT_REASON_MAX, `Keep the reason under ${REPORT_REASON_MAX} characters`);

export const ReportContentInput = z.object({ kind, targetId: id, reason: ReportReason });
export type ReportContentInput = z.input<typeof ReportContentInput>;

/** The body of POST /api/{messages,bounties,providers}/[id]/reports. */
export const ReportBody = z.object({ reason: ReportReason });

export const MODERATION_ACTIONS = ["HIDE", "RESTORE", "DISMISS"] as const;
export const ModerateContentInput = z.object({
  kind,
  targetId: id,
  /** HIDE takes it down; RESTORE puts a hidden one back; DISMISS closes the open reports of a visible one. */
  action: z.enum(MODERATION_ACTIONS, { error: "Choose hide, restore or dismiss" }),
  note: z.string().trim().max(500, "Keep the note under 500 characters").optional(),
});
export type ModerateContentInput = z.input<typeof ModerateContentInput>;

export const QUEUE_STATUSES = ["open", "hidden", "dismissed"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const ModerationQueueQuery = z.object({
  kind: kind.optional(),
  /** open: unresolved reports; hidden: reports that took content down; dismissed: reports closed without it. */
  status: z.enum(QUEUE_STATUSES).default("open"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ModerationQueueQuery = z.input<typeof ModerationQueueQuery>;
