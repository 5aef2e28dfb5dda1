import { z } from "zod";

/** Input shapes shared by the dispute forms, server actions and route handlers. */

export const MAX_DISPUTE_EVIDENCE_BYTES = 10 * 1024 * 1024;
const id = z.string().trim().min(1).max(100);
const amount = z.coerce.number({ message: "Enter an amount" }).int("Whole cents only").min(0, "At least 0");

export const OpenBookingDisputeInput = z.object({
  bookingId: id,
  reason: z.string().trim().min(10, "Tell us what went wrong (at least 10 characters)").max(2000, "At most 2000 characters"),
});
export type OpenBookingDisputeInput = z.input<typeof OpenBookingDisputeInput>;

export const AddDisputeMessageInput = z.object({
  disputeId: id,
  body: z.string().trim().min(1, "Write a message").max(4000, "At most 4000 characters"),
});
export type AddDisputeMessageInput = z.input<typeof AddDisputeMessageInput>;

export const ProposeDisputeRefundInput = z.object({
  disputeId: id,
  refundAmount: amount,
  note: z.string().trim().max(1000, "At most 1000 characters").default(""),
});
export type ProposeDisputeRefundInput = z.input<typeof ProposeDisputeRefundInput>;

export const AnswerDisputeProposalInput = z.object({
  proposalId: id,
  answer: z.enum(["accept", "reject"]),
});
export type AnswerDisputeProposalInput = z.input<typeof AnswerDisputeProposalInput>;

export const EscalateDisputeInput = z.object({ disputeId: id });

/** Support's decision. refund: all that was paid back; release: all to the provider; partial_refund: refundAmount back, the rest released. */
export const ResolveDisputeCaseInput = z
  .object({
    disputeId: id,
    outcome: z.enum(["refund", "partial_refund", "release"]),
    refundAmount: amount.optional(),
  })
  .refine((v) => v.outcome !== "partial_refund" || (v.refundAmount !== undefined && v.refundAmount > 0), {
    message: "Enter the amount to refund",
    path: ["refundAmount"],
  });
export type ResolveDisputeCaseInput = z.input<typeof ResolveDisputeCaseInput>;
