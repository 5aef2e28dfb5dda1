import { randomUUID } from "node:crypto";
import { db } from "../core/db";
import { env } from "../core/env";
import { logger } from "../core/logger";
import { autoCompleteBookings } from "../bookings/auto-complete-bookings";
import { expireBookingRequests } from "../bookings/expire-booking-requests";
import { sendBookingReminders } from "../bookings/send-booking-reminders";
import { deleteExpiredIdempotencyKeys } from "../core/idempotency";
import { publishExpiredReviews } from "../reviews/publish-expired-reviews";
import { sendReviewReminders } from "../reviews/send-review-reminders";
import { authorizeSavedCards } from "../bookings/authorize-saved-cards";
import { cancelUnpaidBookings } from "../bookings/cancel-unpaid-bookings";
import { settleClosedBookings } from "../bookings/settle-closed-bookings";
import { sweepAbandonedPayments } from "../payments/sweep-abandoned-payments";
import { settleRescheduleFees } from "../payments/reschedule-fee";
import { releaseOverdueBounties } from "../bounties/release-overdue-bounties";
import { remindAndExpireBounties } from "../bounties/remind-and-expire-bounties";
import { settleBountyEscrows } from "../bounties/settle-bounty-escrows";
import { escalateOverdueDisputes } from "../disputes/escalate-overdue-disputes";
import { expireVerificationBadges } from "../verification/expire-verification-badges";
import { warnExpiringVerificationBadges } from "../verification/warn-expiring-verification-badges";
import { passOnLapsedHolds } from "../waitlist/pass-on-lapsed-holds";
import { acquireLease } from "./acquire-lease";

const instanceId = randomUUID();

export interface TickResult {
  ran: boolean;
  expired?: number;
  reminded?: number;
  completed?: number;
  idempotencyKeysDeleted?: number;
  bountiesReleased?: number;
  bountiesReminded?: number;
  bountiesExpired?: number;
  escrowsSettled?: number;
  reviewsPublished?: number;
  reviewRemindersSent?: number;
  paymentsSwept?: number;
  cardsAuthorized?: number;
  unpaidCancelled?: number;
  paymentsSettled?: number;
  rescheduleFeesSettled?: number;
  disputesEscalated?: number;
  verificationBadgesExpired?: number;
  verificationWarningsSent?: number;
  waitlistHoldsPassedOn?: number;
}

/**
 * One scheduler tick. Every instance (and the cron endpoint) may call it; the lease lets one
 * run per window. The jobs are idempotent anyway, so an overlap would cost time, not correctness.
 */
export async function runScheduledJobs({ now = new Date(), leaseSeconds = 50 }: { now?: Date; leaseSeconds?: number } = {}): Promise<TickResult> {
  if (!(await acquireLease(db, { name: "scheduler", holder: instanceId, seconds: leaseSeconds }))) return { ran: false };
  const result: TickResult = {
    ran: true,
    expired: await expireBookingRequests({ now }),
    reminded: await sendBookingReminders({ now }),
    completed: await autoCompleteBookings({ now, afterHours: env.BOOKING_AUTO_COMPLETE_HOURS }),
    reviewsPublished: await publishExpiredReviews({ now }),
    reviewRemindersSent: await sendReviewReminders({ now }),
    idempotencyKeysDeleted: (await deleteExpiredIdempotencyKeys({ now })).deleted,
    // Bounties: release unanswered submissions, remind then expire stale open ones, finish escrow refunds/captures.
    bountiesReleased: await releaseOverdueBounties({ now }),
    ...bountyExpiry(await remindAndExpireBounties({ now })),
    escrowsSettled: await settleBountyEscrows({ now }),
    // Payments: release abandoned authorizations, authorize far-off bookings 48 h ahead, cancel
    // those whose card failed once the grace period is over, and settle anything left unsettled.
    paymentsSwept: await sweepAbandonedPayments({ now }),
    cardsAuthorized: await authorizeSavedCards({ now }),
    unpaidCancelled: await cancelUnpaidBookings({ now }),
    paymentsSettled: await settleClosedBookings({ now }),
    // Reschedule fees a dead process left authorized: captured if their move committed, released if not.
    rescheduleFeesSettled: await settleRescheduleFees({ now }),
    // Disputes whose respondent let the deadline pass go to the admin queue.
    disputesEscalated: await escalateOverdueDisputes({ now }),
    // Verification badges lapse by themselves; their providers hear 14 days ahead, once.
    verificationBadgesExpired: await expireVerificationBadges({ now }),
    verificationWarningsSent: await warnExpiringVerificationBadges({ now }),
    // Waitlist holds that lapsed unclaimed pass their time to the next person in line.
    waitlistHoldsPassedOn: await passOnLapsedHolds({ now }),
  };
  const busy = result.expired || result.reminded || result.completed || result.paymentsSwept || result.cardsAuthorized || result.unpaidCancelled || result.paymentsSettled || result.rescheduleFeesSettled || result.disputesEscalated;
  if (busy) logger.info(result, "scheduler tick");
  if (result.verificationBadgesExpired || result.verificationWarningsSent) logger.info(result, "scheduler tick (verification)");
  if (result.bountiesReleased || result.bountiesReminded || result.bountiesExpired || result.escrowsSettled) logger.info(result, "scheduler tick (bounties)");
  return result;
}

const bountyExpiry = ({ reminded, expired }: { reminded: number; expired: number }) => ({ bountiesReminded: reminded, bountiesExpired: expired });
