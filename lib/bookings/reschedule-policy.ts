import { z } from "zod";
import { AppError } from "../core/errors";

/**
 * A service's reschedule rules, snapshotted onto the booking with the cancellation policy
 * (`policySnapshot.reschedule`) so later edits never change what the customer accepted:
 * - no customer reschedule once the start is less than `cutoffHours` away (0: until the start);
 * - a reschedule less than `feeWithinHours` before the start owes `feePercent` of the price.
 * Bookings made before the rules existed have no `reschedule` key and get the default: free until the start.
 */
export interface ReschedulePolicy {
  cutoffHours: number;
  feeWithinHours: number;
  feePercent: number;
}

export const DEFAULT_RESCHEDULE_POLICY: ReschedulePolicy = { cutoffHours: 0, feeWithinHours: 0, feePercent: 0 };

const RescheduleSnapshot = z.object({
  cutoffHours: z.number().int().min(0),
  feeWithinHours: z.number().int().min(0),
  feePercent: z.number().int().min(0).max(100),
});

/** The service columns as a snapshot. */
export function reschedulePolicyOf(service: { rescheduleCutoffHours: number; rescheduleFeeWithinHours: number; rescheduleFeePercent: number }): ReschedulePolicy {
  return { cutoffHours: service.rescheduleCutoffHours, feeWithinHours: service.rescheduleFeeWithinHours, feePercent: service.rescheduleFeePercent };
}

/** The booking's reschedule rules from its stored policySnapshot, or the default for old bookings. */
export function parseRescheduleSnapshot(policySnapshot: unknown): ReschedulePolicy {
  const stored = (policySnapshot as { reschedule?: unknown } | null)?.reschedule;
  if (stored === undefined || stored === null) return DEFAULT_RESCHEDULE_POLICY;
  return RescheduleSnapshot.parse(stored);
}

/**
 * What moving the booking at `at` costs the customer, in minor units (rounded down), or a 409
 * past the cutoff. Providers and admins reschedule without the policy: it protects the provider.
 */
export function rescheduleFeeFor(options: { policy: ReschedulePolicy; priceAmount: number; startsAt: Date; at: Date }): number {
  const { policy, priceAmount, startsAt, at } = options;
  const hoursBefore = (startsAt.getTime() - at.getTime()) / 3_600_000;
  if (policy.cutoffHours > 0 && hoursBefore < policy.cutoffHours) {
    throw new AppError("INVALID_STATE", `This booking can no longer be rescheduled: changes close ${policy.cutoffHours} hours before the start. You can still cancel it.`, {
      reason: "RESCHEDULE_CUTOFF_PASSED",
      cutoffHours: policy.cutoffHours,
    });
  }
  if (policy.feePercent > 0 && hoursBefore < policy.feeWithinHours) return Math.floor((priceAmount * policy.feePercent) / 100);
  return 0;
}

/**
 * What the customer would pay to move the booking now, for the reschedule form (the same rule
 * rescheduleBooking charges), or `closed` past the cutoff.
 */
export function quoteRescheduleFee(options: { policy: ReschedulePolicy; priceAmount: number; startsAt: Date; at: Date }): { closed: false; feeAmount: number } | { closed: true } {
  try {
    return { closed: false, feeAmount: rescheduleFeeFor(options) };
  } catch (error) {
    if (error instanceof AppError) return { closed: true };
    throw error;
  }
}
