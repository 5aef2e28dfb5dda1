import { z } from "zod";

/**
 * Review input shapes, shared by the review forms (zodResolver), the server actions and the REST
 * routes. Whether sub-ratings are required depends on who reviews whom, which only the use case
 * knows, so the generic schema has them optional and ReviewOfProviderForm makes them required.
 */

export const REVIEW_TEXT_MAX = 2_000;
export const SUB_RATINGS = ["quality", "punctuality", "communication", "value"] as const;
export type SubRating = (typeof SUB_RATINGS)[number];

const id = z.string().min(1).max(64);

const stars = (what: string) =>
  z
    .number({ error: `Rate ${what} from 1 to 5 stars` })
    .int(`Rate ${what} from 1 to 5 stars`)
    .min(1, `Rate ${what} from 1 to 5 stars`)
    .max(5, `Rate ${what} from 1 to 5 stars`);

const ReviewFields = z.object({
  bookingId: id.optional(),
  bountyId: id.optional(),
  rating: stars("the overall experience"),
  quality: stars("quality").optional(),
  punctuality: stars("punctuality").optional(),
  communication: stars("communication").optional(),
  value: stars("value for money").optional(),
  text: z.string().trim().max(REVIEW_TEXT_MAX, `Keep the review under ${REVIEW_TEXT_MAX} characters`).default(""),
  wouldRecommend: z.boolean({ error: "Say whether you would recommend them" }).default(true),
});

const oneTarget = (input: { bookingId?: string; bountyId?: string }) => Boolean(input.bookingId) !== Boolean(input.bountyId);
const oneTargetMessage = { message: "Name either the booking or the bounty you are reviewing", path: ["bookingId"] };

export const SubmitReviewInput = ReviewFields.refine(oneTarget, oneTargetMessage);
export type SubmitReviewInput = z.input<typeof SubmitReviewInput>;

/** The customer's form: a review of a provider needs every sub-rating. */
export const ReviewOfProviderForm = ReviewFields.extend({
  quality: stars("quality"),
  punctuality: stars("punctuality"),
  communication: stars("communication"),
  value: stars("value for money"),
}).refine(oneTarget, oneTargetMessage);

export const ReviewIdInput = z.object({ reviewId: id });

export const ReplyToReviewInput = z.object({
  reviewId: id,
  reply: z.string().trim().min(1, "Write a reply").max(REVIEW_TEXT_MAX, `Keep the reply under ${REVIEW_TEXT_MAX} characters`),
});
export type ReplyToReviewInput = z.input<typeof ReplyToReviewInput>;

export const ReportReviewInput = z.object({
  reviewId: id,
  reason: z.string().trim().min(3, "Tell us briefly what is wrong with this review").max(1_000, "Keep the reason under 1000 characters"),
});
export type ReportReviewInput = z.input<typeof ReportReviewInput>;

export const ModerateReviewInput = z.object({
  reviewId: id,
  /** HIDE takes it off the profile; RESTORE puts a hidden one back, or keeps a reported one up (dismissing the reports). */
  action: z.enum(["HIDE", "RESTORE"], { error: "Choose hide or restore" }),
  note: z.string().trim().max(500, "Keep the note under 500 characters").optional(),
});
export type ModerateReviewInput = z.input<typeof ModerateReviewInput>;

export const ListProviderReviewsQuery = z
  .object({
    providerId: id.optional(),
    /** The provider's slug; the REST route's `?provider=`. */
    slug: z.string().min(1).max(100).optional(),
    cursor: id.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .refine((q) => Boolean(q.providerId) !== Boolean(q.slug), { message: "Name the provider", path: ["slug"] });
export type ListProviderReviewsQuery = z.input<typeof ListProviderReviewsQuery>;

export const ModerationQueueQuery = z.object({
  /** open: reviews with unresolved reports; hidden: reviews taken down, to restore. */
  view: z.enum(["open", "hidden"]).default("open"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ModerationQueueQuery = z.input<typeof ModerationQueueQuery>;
