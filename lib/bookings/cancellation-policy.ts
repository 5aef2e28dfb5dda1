import { z } from "zod";
import type { BookingStatus, CancellationPolicy } from "../generated/prisma/enums";

/**
 * Refund tiers: cancelling at least `hoursBefore` hours before the start refunds `refundPercent`.
 * `depositAmount` (minor units) is the service's deposit when the booking was made: the part of a
 * confirmed booking's price a customer's cancellation or no-show never gets back, whatever the tier.
 */
export interface PolicySnapshot {
  tier: CancellationPolicy;
  rules: { hoursBefore: number; refundPercent: number }[];
  depositAmount?: number;
}

export const cancellationPolicies: Record<CancellationPolicy, PolicySnapshot> = {
  FLEXIBLE: { tier: "FLEXIBLE", rules: [{ hoursBefore: 24, refundPercent: 100 }, { hoursBefore: 0, refundPercent: 50 }] },
  MODERATE: { tier: "MODERATE", rules: [{ hoursBefore: 72, refundPercent: 100 }, { hoursBefore: 24, refundPercent: 50 }, { hoursBefore: 0, refundPercent: 0 }] },
  STRICT: { tier: "STRICT", rules: [{ hoursBefore: 168, refundPercent: 100 }, { hoursBefore: 48, refundPercent: 50 }, { hoursBefore: 0, refundPercent: 0 }] },
};

/** The refund, in minor units, for a customer cancellation at `at` (rounded down: never refund more than owed). */
export function refundFor(snapshot: PolicySnapshot, priceAmount: number, startsAt: Date, at: Date): number {
  const hoursBefore = (startsAt.getTime() - at.getTime()) / 3_600_000;
  const rule = [...snapshot.rules].sort((a, b) => b.hoursBefore - a.hoursBefore).find((r) => hoursBefore >= r.hoursBefore);
  const byTier = Math.floor((priceAmount * (rule?.refundPercent ?? 0)) / 100);
  const kept = Math.min(snapshot.depositAmount ?? 0, priceAmount);
  return Math.min(byTier, priceAmount - kept);
}

const SnapshotSchema = z.object({
  tier: z.enum(["FLEXIBLE", "MODERATE", "STRICT"]),
  rules: z.array(z.object({ hoursBefore: z.number(), refundPercent: z.number().min(0).max(100) })),
  depositAmount: z.number().int().min(0).optional(),
});

/** The snapshot as stored on the booking (JSON), checked rather than trusted. */
export function parsePolicySnapshot(json: unknown): PolicySnapshot {
  return SnapshotSchema.parse(json);
}

/**
 * What a cancellation refunds: the policy applies only to a customer cancelling a confirmed
 * booking. Withdrawing an unanswered request, a provider's cancellation and an admin's are full refunds.
 */
export function refundForCancellation(options: {
  by: "CUSTOMER" | "PROVIDER" | "ADMIN";
  status: BookingStatus;
  priceAmount: number;
  policySnapshot: unknown;
  startsAt: Date;
  at: Date;
}): number {
  if (options.by !== "CUSTOMER" || options.status === "REQUESTED") return options.priceAmount;
  return refundFor(parsePolicySnapshot(options.policySnapshot), options.priceAmount, options.startsAt, options.at);
}
