import { z } from "zod";

const AssessmentId = z.string({ error: "Pick a hold" }).trim().min(1, "Pick a hold").max(64);

export const ApproveHoldInput = z.object({
  assessmentId: AssessmentId,
  /** Optional: why it is fine (kept in the audit trail). */
  note: z.string().trim().max(500, "At most 500 characters").optional(),
});
export type ApproveHoldInput = z.input<typeof ApproveHoldInput>;

export const RejectHoldInput = z.object({
  assessmentId: AssessmentId,
  /** Shown to the user, like every rejection's reason. */
  note: z.string({ error: "Say why it is rejected" }).trim().min(3, "Say why it is rejected (at least 3 characters)").max(500, "At most 500 characters"),
});
export type RejectHoldInput = z.input<typeof RejectHoldInput>;
