import { z } from "zod";

/**
 * Input shapes shared by the bounty forms, server actions and REST routes. Amounts are integer
 * minor units; a budget of 0 means "for honor" (no money moves). Anything the server owns (the
 * escrow amount, the poster, statuses) is not a field: unknown keys are dropped.
 */

export const MAX_BOUNTY_PHOTOS = 6;
export const MAX_BOUNTY_PHOTO_BYTES = 8 * 1024 * 1024;
/** The smallest paid amount (a card processor refuses tiny charges). */
export const MIN_PAID_AMOUNT = 100;
export const MAX_AMOUNT = 10_000_000;

const id = z.string().min(1).max(64);
const photoKeys = z.array(z.string().min(1).max(300)).max(MAX_BOUNTY_PHOTOS, `At most ${MAX_BOUNTY_PHOTOS} photos`).default([]);
const amountOrHonor = z
  .number()
  .int("Use whole minor units (cents)")
  .min(0)
  .max(MAX_AMOUNT, "That is more than Hearth handles for a bounty")
  .refine((n) => n === 0 || n >= MIN_PAID_AMOUNT, `A paid amount is at least ${MIN_PAID_AMOUNT} minor units (or 0 for honor)`);

export const PostBountyInput = z
  .object({
    title: z.string().trim().min(10, "At least 10 characters").max(200, "At most 200 characters"),
    description: z.string().trim().min(50, "Describe the job in at least 50 characters").max(5000, "At most 5000 characters"),
    budgetAmount: amountOrHonor,
    currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "A 3-letter currency code").default("USD"),
    categorySlug: z.string().trim().min(1, "Pick a category").max(64),
    isRemote: z.boolean().default(false),
    addressLine: z.string().trim().max(300, "Keep the address under 300 characters").optional(),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    skills: z
      .array(z.string().trim().toLowerCase().min(1).max(40))
      .max(10, "At most 10 skills")
      .default([])
      .transform((tags) => [...new Set(tags)]),
    dueAt: z.iso.datetime({ offset: true, message: "Pick a due date (ISO 8601)" }),
    verifiedOnly: z.boolean().default(false),
    photoKeys,
  })
  .superRefine((value, ctx) => {
    if (!value.isRemote && !value.addressLine) ctx.addIssue({ code: "custom", path: ["addressLine"], message: "Where is the job? Give an address, or mark it remote" });
    if ((value.lat === undefined) !== (value.lng === undefined)) ctx.addIssue({ code: "custom", path: ["lat"], message: "Give both latitude and longitude, or neither" });
  });
export type PostBountyInput = z.input<typeof PostBountyInput>;

export const ListBountiesQuery = z.object({
  category: z.string().trim().max(64).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
  radiusKm: z.coerce.number().positive().max(500).optional(),
  minBudget: z.coerce.number().int().min(0).optional(),
  maxBudget: z.coerce.number().int().min(0).optional(),
  dueWithinDays: z.coerce.number().int().min(1).max(365).optional(),
  remote: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ListBountiesQuery = z.input<typeof ListBountiesQuery>;

export const BountyIdInput = z.object({ bountyId: id });

/** Each write has a body schema (what the route reads) and an input schema (the body plus the ids from the path). */
export const AskQuestionBody = z.object({
  question: z.string().trim().min(5, "Ask in at least 5 characters").max(1000, "At most 1000 characters"),
});
export const AskQuestionInput = AskQuestionBody.extend({ bountyId: id });
export type AskQuestionInput = z.input<typeof AskQuestionInput>;

export const AnswerQuestionBody = z.object({ answer: z.string().trim().min(1, "Write an answer").max(2000, "At most 2000 characters") });
export const AnswerQuestionInput = AnswerQuestionBody.extend({ bountyId: id, questionId: id });
export type AnswerQuestionInput = z.input<typeof AnswerQuestionInput>;

const offerMessage = z.string().trim().min(10, "Tell the poster a bit more (10 characters or more)").max(2000, "At most 2000 characters");
const etaDays = z.number().int().min(1, "At least a day").max(365);

export const SubmitOfferBody = z.object({ amount: amountOrHonor, message: offerMessage, etaDays });
export const SubmitOfferInput = SubmitOfferBody.extend({ bountyId: id });
export type SubmitOfferInput = z.input<typeof SubmitOfferInput>;

export const ReviseOfferBody = z.object({ amount: amountOrHonor.optional(), message: offerMessage.optional(), etaDays: etaDays.optional() });
export const ReviseOfferInput = ReviseOfferBody.extend({ bountyId: id, offerId: id }).refine((v) => v.amount !== undefined || v.message !== undefined || v.etaDays !== undefined, { message: "Change the price, message or ETA", path: ["amount"] });
export type ReviseOfferInput = z.input<typeof ReviseOfferInput>;

export const OfferIdInput = z.object({ bountyId: id, offerId: id });

export const CounterOfferBody = z.object({
  amount: z.number().int().min(MIN_PAID_AMOUNT, `At least ${MIN_PAID_AMOUNT} minor units`).max(MAX_AMOUNT),
});
export const CounterOfferInput = CounterOfferBody.extend({ bountyId: id, offerId: id });
export type CounterOfferInput = z.input<typeof CounterOfferInput>;

export const AcceptOfferBody = z.object({
  /** Test mode: a test card number; Stripe: a PaymentMethod id (pm_…). Not needed for honor. */
  paymentMethod: z.string().trim().min(1, "Enter your card details").max(255).optional(),
});
export const AcceptOfferInput = AcceptOfferBody.extend({ bountyId: id, offerId: id });
export type AcceptOfferInput = z.input<typeof AcceptOfferInput>;

export const SubmitWorkBody = z.object({
  notes: z.string().trim().min(10, "Describe what you did (10 characters or more)").max(5000, "At most 5000 characters"),
  photoKeys,
});
export const SubmitWorkInput = SubmitWorkBody.extend({ bountyId: id });
export type SubmitWorkInput = z.input<typeof SubmitWorkInput>;

export const RequestChangesBody = z.object({
  reason: z.string().trim().min(10, "Tell the provider what to change (10 characters or more)").max(2000, "At most 2000 characters"),
});
export const RequestChangesInput = RequestChangesBody.extend({ bountyId: id });
export type RequestChangesInput = z.input<typeof RequestChangesInput>;

export const CancelBountyBody = z.object({ reason: z.string().trim().max(1000, "At most 1000 characters").optional() });
export const CancelBountyInput = CancelBountyBody.extend({ bountyId: id });
export type CancelBountyInput = z.input<typeof CancelBountyInput>;

export const DisputeBountyBody = z.object({
  reason: z.string().trim().min(20, "Explain what went wrong (20 characters or more)").max(5000, "At most 5000 characters"),
});
export const DisputeBountyInput = DisputeBountyBody.extend({ bountyId: id });
export type DisputeBountyInput = z.input<typeof DisputeBountyInput>;

export const ResolveDisputeBody = z.object({
  outcome: z.enum(["refund", "partial_refund", "release"]),
  /** Required for partial_refund: what goes back to the poster; the rest is released to the provider. */
  refundAmount: z.number().int().min(1).max(MAX_AMOUNT).optional(),
});
export const ResolveDisputeInput = ResolveDisputeBody.extend({ bountyId: id }).refine((v) => v.outcome !== "partial_refund" || v.refundAmount !== undefined, { message: "How much goes back to the poster?", path: ["refundAmount"] });
export type ResolveDisputeInput = z.input<typeof ResolveDisputeInput>;
