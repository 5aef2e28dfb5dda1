import { z } from "zod";

/** ISO 4217, stored upper case like every other currency column. */
const Currency = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, "Use a three-letter currency code")
  .transform((c) => c.toUpperCase());

/** Starting onboarding takes no input: the provider comes from the session. */
export const StartOnboardingInput = z.object({}).strict();

/** The account id test mode puts on the return URL (?test_onboarding=…); Stripe's return URL has none. */
export const CompleteOnboardingInput = z.object({
  accountRef: z.string().trim().min(1).max(255).optional(),
});
export type CompleteOnboardingInput = z.input<typeof CompleteOnboardingInput>;

/**
 * A payout of the available balance in one currency. `amount` is what the provider saw on the
 * button: the server pays exactly that or refuses (never more than the ledger says is available).
 * Without it, the whole available balance is paid out.
 */
export const RequestPayoutInput = z.object({
  currency: Currency,
  amount: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
export type RequestPayoutInput = z.input<typeof RequestPayoutInput>;

export const ListProviderEarningsInput = z.object({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListProviderEarningsInput = z.input<typeof ListProviderEarningsInput>;

export const ListPayoutsInput = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
