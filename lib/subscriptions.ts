import type { Subscriptions } from "./events/handler";
import { registerInTransactionReactions, type InTransactionReactions } from "./events/in-transaction";
import { registerOutbox } from "./events/wiring";
import { closeEscrowChargeback, openEscrowChargeback } from "./bounties/chargeback";
import { applyAccountStatus } from "./payouts/apply-account-status";
import { decideHeldPayout } from "./payouts/decide-held-payout";
import { decideHeldBounty } from "./bounties/decide-held-bounty";
import { notifyAdminsOnHoldCreated } from "./risk/handlers/notify-admins-on-hold";
import { notifyProviderOnHoldApproved, notifyProviderOnHoldRejected } from "./risk/handlers/notify-on-hold-decision";
import { emailSender } from "./notifications/send-email";
import { invalidateSearchOn } from "./search/handlers/invalidate-search";
import {
  emailAdminOnBookingCancelled,
  emailCustomerOnBookingCancelled,
  emailProviderOnBookingCancelled,
  notifyCustomerOnBookingCancelled,
  notifyProviderOnBookingCancelled,
} from "./notifications/handlers/booking-cancelled";
import { emailCustomerOnBookingCompleted, notifyCustomerOnBookingCompleted, notifyProviderOnBookingCompleted } from "./notifications/handlers/booking-completed";
import { emailCustomerOnBookingConfirmed, notifyCustomerOnBookingConfirmed } from "./notifications/handlers/booking-confirmed";
import { emailCustomerOnBookingDeclined, notifyCustomerOnBookingDeclined } from "./notifications/handlers/booking-declined";
import { emailCustomerOnBookingExpired, notifyCustomerOnBookingExpired, notifyProviderOnBookingExpired } from "./notifications/handlers/booking-expired";
import { emailCustomerOnBookingNoShow, notifyCustomerOnBookingNoShow } from "./notifications/handlers/booking-no-show";
import { emailCustomerOnReminderDue, emailProviderOnReminderDue } from "./notifications/handlers/booking-reminder";
import {
  emailCustomerOnBookingRequested,
  emailProviderOnBookingRequested,
  notifyProviderOnBookingRequested,
} from "./notifications/handlers/booking-requested";
import {
  emailCustomerOnBookingRescheduled,
  emailProviderOnBookingRescheduled,
  notifyCustomerOnBookingRescheduled,
  notifyProviderOnBookingRescheduled,
} from "./notifications/handlers/booking-rescheduled";
import {
  emailCustomerOnAuthorizationFailed,
  emailProviderOnAuthorizationFailed,
  notifyCustomerOnAuthorizationFailed,
  notifyProviderOnAuthorizationFailed,
} from "./notifications/handlers/payment-authorization-failed";
import { emailProviderOnPaymentDisputed, notifyProviderOnPaymentDisputed } from "./notifications/handlers/payment-disputed";
import { emailAdminsOnRefundFailed, notifyAdminsOnDisputeClosed, notifyAdminsOnRefundFailed } from "./notifications/handlers/payment-needs-support";
import { emailProviderOnPayoutFailed, notifyProviderOnPayoutFailed } from "./notifications/handlers/payout-failed";
import { notifySubjectsOnReviewPublished } from "./reviews/handlers/review-published";
import { emailOnReviewReminderDue, notifyOnReviewReminderDue } from "./reviews/handlers/review-reminder";
import { notifyAuthorOnReviewReplied } from "./reviews/handlers/review-replied";
import { notifyAdminsOnReviewReported } from "./reviews/handlers/review-reported";
import { emailSubjectOnReviewSubmitted, notifySubjectOnReviewSubmitted } from "./reviews/handlers/review-submitted";
import { emailOnBountyEvent, notifyOnBountyEvent } from "./bounties/handlers/bounty-notifications";
import { refreshBountyPage } from "./bounties/handlers/bounty-refresh";
import { emailOnDisputeEvent, notifyOnDisputeEvent } from "./disputes/handlers/dispute-notifications";
import { emailWelcomeOnUserRegistered } from "./users/handlers/user-registered";
import { emailResetLinkOnResetRequested, emailVerificationOnRequested, emailVerificationOnUserRegistered } from "./users/handlers/account-emails";
import { streamMessageToParticipants } from "./messaging/handlers/message-sent";
import {
  offerWaitlistOnBookingCancelled,
  offerWaitlistOnBookingDeclined,
  offerWaitlistOnBookingExpired,
  offerWaitlistOnBookingRescheduled,
} from "./waitlist/handlers/offer-freed-time";
import { emailCustomerOnWaitlistOffer, notifyCustomerOnWaitlistOffer } from "./waitlist/handlers/hold-offered";
import { invalidateFlagCacheOnChange } from "./flags/handlers/flag-changed";
import { emailAuthorOnModeration, notifyAdminsOnContentReported, notifyAuthorOnModeration, notifyReportersOnResolution } from "./moderation/handlers/moderation-notifications";
import {
  emailProviderOnVerificationEvent,
  notifyAdminsOnDocumentUploaded,
  notifyProviderOnVerificationEvent,
} from "./verification/handlers/verification-notifications";
import { eraseDeletedProviderDocuments } from "./verification/handlers/erase-deleted-provider-documents";

/*
 * The wiring floor: the one file that knows both the outbox and every domain's handlers. Nothing in
 * lib/ imports it except boot code (lib/boot/server-process.ts) and test support, which call
 * wireOutbox(); lib/events/deliver.ts reads the registry that fills, so it names no domain.
 */

/**
 * THE list of who reacts to what, readable in one place. A name is the handler's EventDelivery key:
 * renaming one makes it run again for events not yet DELIVERED, so rename deliberately.
 * Every event type is listed (possibly with []), so adding one to types.ts forces a decision here.
 */
export const subscriptions = {
  "user.registered": [
    { name: "email-welcome", run: emailWelcomeOnUserRegistered },
    { name: "email-verification-link", run: emailVerificationOnUserRegistered },
  ],
  // Account links: the handler makes the token, so only its hash is ever stored.
  "user.password_reset_requested": [{ name: "email-password-reset-link", run: emailResetLinkOnResetRequested }],
  "user.password_changed": [],
  "user.verification_requested": [{ name: "email-verification-link", run: emailVerificationOnRequested }],
  "user.email_verified": [],
  "user.deleted": [{ name: "erase-deleted-provider-verification-documents", run: eraseDeletedProviderDocuments }],
  // A suspended provider's listing leaves search at once (the SQL skips disabled users); unsuspending brings it back.
  "user.suspended": [{ name: "invalidate-search-user-suspended", run: invalidateSearchOn<"user.suspended">() }],
  "user.unsuspended": [{ name: "invalidate-search-user-unsuspended", run: invalidateSearchOn<"user.unsuspended">() }],
  "user.role_changed": [],
  "booking.requested": [
    { name: "email-provider-booking-requested", run: emailProviderOnBookingRequested },
    { name: "notify-provider-booking-requested", run: notifyProviderOnBookingRequested },
    { name: "email-customer-booking-requested", run: emailCustomerOnBookingRequested },
  ],
  "booking.confirmed": [
    { name: "email-customer-booking-confirmed", run: emailCustomerOnBookingConfirmed },
    { name: "notify-customer-booking-confirmed", run: notifyCustomerOnBookingConfirmed },
  ],
  "booking.declined": [
    { name: "email-customer-booking-declined", run: emailCustomerOnBookingDeclined },
    { name: "notify-customer-booking-declined", run: notifyCustomerOnBookingDeclined },
    // Freed time goes to the waitlist (docs/waitlist.md), here and on expiry, cancellation and reschedule.
    { name: "offer-waitlist-booking-declined", run: offerWaitlistOnBookingDeclined },
  ],
  "booking.expired": [
    { name: "email-customer-booking-expired", run: emailCustomerOnBookingExpired },
    { name: "notify-customer-booking-expired", run: notifyCustomerOnBookingExpired },
    { name: "notify-provider-booking-expired", run: notifyProviderOnBookingExpired },
    { name: "offer-waitlist-booking-expired", run: offerWaitlistOnBookingExpired },
  ],
  // Each party is emailed (confirmation or notice, with a METHOD:CANCEL file); the other side is notified.
  "booking.cancelled": [
    { name: "email-customer-booking-cancelled", run: emailCustomerOnBookingCancelled },
    { name: "email-provider-booking-cancelled", run: emailProviderOnBookingCancelled },
    { name: "email-admin-booking-cancelled", run: emailAdminOnBookingCancelled },
    { name: "notify-customer-booking-cancelled", run: notifyCustomerOnBookingCancelled },
    { name: "notify-provider-booking-cancelled", run: notifyProviderOnBookingCancelled },
    { name: "offer-waitlist-booking-cancelled", run: offerWaitlistOnBookingCancelled },
  ],
  "booking.rescheduled": [
    { name: "email-customer-booking-rescheduled", run: emailCustomerOnBookingRescheduled },
    { name: "email-provider-booking-rescheduled", run: emailProviderOnBookingRescheduled },
    { name: "notify-customer-booking-rescheduled", run: notifyCustomerOnBookingRescheduled },
    { name: "notify-provider-booking-rescheduled", run: notifyProviderOnBookingRescheduled },
    { name: "offer-waitlist-booking-rescheduled", run: offerWaitlistOnBookingRescheduled },
  ],
  // Waitlist: the customer offered a time hears of it at once, with the link to claim it.
  "waitlist.joined": [],
  "waitlist.left": [],
  "waitlist.offered": [
    { name: "email-customer-waitlist-offer", run: emailCustomerOnWaitlistOffer },
    { name: "notify-customer-waitlist-offer", run: notifyCustomerOnWaitlistOffer },
  ],
  "waitlist.hold_expired": [],
  "waitlist.hold_claimed": [],
  "waitlist.fill_gaps_changed": [],
  "booking.completed": [
    { name: "email-customer-booking-completed", run: emailCustomerOnBookingCompleted },
    { name: "notify-customer-booking-completed", run: notifyCustomerOnBookingCompleted },
    { name: "notify-provider-booking-completed", run: notifyProviderOnBookingCompleted },
  ],
  "booking.no_show": [
    { name: "email-customer-booking-no-show", run: emailCustomerOnBookingNoShow },
    { name: "notify-customer-booking-no-show", run: notifyCustomerOnBookingNoShow },
  ],
  "booking.reminder_due": [
    { name: "email-customer-booking-reminder", run: emailCustomerOnReminderDue },
    { name: "email-provider-booking-reminder", run: emailProviderOnReminderDue },
  ],
  "payment.captured": [],
  "payment.refunded": [],
  // The saved card failed 48 h ahead: both parties hear of it before the grace period runs out.
  "payment.authorization_failed": [
    { name: "email-customer-payment-authorization-failed", run: emailCustomerOnAuthorizationFailed },
    { name: "email-provider-payment-authorization-failed", run: emailProviderOnAuthorizationFailed },
    { name: "notify-customer-payment-authorization-failed", run: notifyCustomerOnAuthorizationFailed },
    { name: "notify-provider-payment-authorization-failed", run: notifyProviderOnAuthorizationFailed },
  ],
  "payment.disputed": [
    { name: "email-provider-payment-disputed", run: emailProviderOnPaymentDisputed },
    { name: "notify-provider-payment-disputed", run: notifyProviderOnPaymentDisputed },
  ],
  // Money that needs a person: support hears of a failed refund and of a decided chargeback; the
  // provider of a payout their bank returned.
  "payment.dispute_closed": [{ name: "notify-admins-payment-dispute-closed", run: notifyAdminsOnDisputeClosed }],
  "payment.refund_failed": [
    { name: "email-admins-payment-refund-failed", run: emailAdminsOnRefundFailed },
    { name: "notify-admins-payment-refund-failed", run: notifyAdminsOnRefundFailed },
  ],
  // Listing changes: cached search results are stale from now on.
  "provider.payouts_enabled": [{ name: "invalidate-search-payouts-enabled", run: invalidateSearchOn<"provider.payouts_enabled">() }],
  "provider.profile_updated": [{ name: "invalidate-search-profile-updated", run: invalidateSearchOn<"provider.profile_updated">() }],
  "service.created": [{ name: "invalidate-search-service-created", run: invalidateSearchOn<"service.created">() }],
  "service.updated": [{ name: "invalidate-search-service-updated", run: invalidateSearchOn<"service.updated">() }],
  "service.archived": [{ name: "invalidate-search-service-archived", run: invalidateSearchOn<"service.archived">() }],
  "availability.updated": [{ name: "invalidate-search-availability-updated", run: invalidateSearchOn<"availability.updated">() }],
  "availability.override_set": [{ name: "invalidate-search-override-set", run: invalidateSearchOn<"availability.override_set">() }],
  "availability.override_removed": [{ name: "invalidate-search-override-removed", run: invalidateSearchOn<"availability.override_removed">() }],
  "payout.paid": [],
  "payout.failed": [
    { name: "email-provider-payout-failed", run: emailProviderOnPayoutFailed },
    { name: "notify-provider-payout-failed", run: notifyProviderOnPayoutFailed },
  ],
  // The first of a pair is sealed: its subject hears it exists (not what it says); the second publishes both.
  "review.submitted": [
    { name: "email-subject-review-submitted", run: emailSubjectOnReviewSubmitted },
    { name: "notify-subject-review-submitted", run: notifySubjectOnReviewSubmitted },
  ],
  "review.published": [
    { name: "notify-subject-review-published", run: notifySubjectsOnReviewPublished },
    // Ratings drive the rating sort and filter.
    { name: "invalidate-search-review-published", run: invalidateSearchOn<"review.published">() },
  ],
  "review.replied": [{ name: "notify-author-review-replied", run: notifyAuthorOnReviewReplied }],
  "review.reported": [{ name: "notify-admins-review-reported", run: notifyAdminsOnReviewReported }],
  "review.reminder_due": [
    { name: "email-review-reminder", run: emailOnReviewReminderDue },
    { name: "notify-review-reminder", run: notifyOnReviewReminderDue },
  ],
  "message.sent": [{ name: "stream-message-to-participants", run: streamMessageToParticipants }],
  // Moderation (lib/moderation, docs/moderation.md): reporters hear the outcome of a hide or a
  // dismissal, authors hear of a hide or a restore; admins hear of new reports.
  "message.reported": [{ name: "notify-admins-message-reported", run: notifyAdminsOnContentReported }],
  "bounty.reported": [{ name: "notify-admins-bounty-reported", run: notifyAdminsOnContentReported }],
  "provider.reported": [{ name: "notify-admins-provider-reported", run: notifyAdminsOnContentReported }],
  "review.hidden": [
    { name: "notify-reporters-review-hidden", run: notifyReportersOnResolution },
    { name: "notify-author-review-hidden", run: notifyAuthorOnModeration },
    { name: "email-author-review-hidden", run: emailAuthorOnModeration },
    // The provider's rating changed.
    { name: "invalidate-search-review-hidden", run: invalidateSearchOn<"review.hidden">() },
  ],
  "review.restored": [
    { name: "notify-author-review-restored", run: notifyAuthorOnModeration },
    { name: "email-author-review-restored", run: emailAuthorOnModeration },
    { name: "invalidate-search-review-restored", run: invalidateSearchOn<"review.restored">() },
  ],
  "review.reports_dismissed": [{ name: "notify-reporters-review-dismissed", run: notifyReportersOnResolution }],
  "message.hidden": [
    { name: "notify-reporters-message-hidden", run: notifyReportersOnResolution },
    { name: "notify-author-message-hidden", run: notifyAuthorOnModeration },
    { name: "email-author-message-hidden", run: emailAuthorOnModeration },
  ],
  "message.restored": [
    { name: "notify-author-message-restored", run: notifyAuthorOnModeration },
    { name: "email-author-message-restored", run: emailAuthorOnModeration },
  ],
  "message.reports_dismissed": [{ name: "notify-reporters-message-dismissed", run: notifyReportersOnResolution }],
  "bounty.hidden": [
    { name: "notify-reporters-bounty-hidden", run: notifyReportersOnResolution },
    { name: "notify-author-bounty-hidden", run: notifyAuthorOnModeration },
    { name: "email-author-bounty-hidden", run: emailAuthorOnModeration },
  ],
  "bounty.restored": [
    { name: "notify-author-bounty-restored", run: notifyAuthorOnModeration },
    { name: "email-author-bounty-restored", run: emailAuthorOnModeration },
  ],
  "bounty.reports_dismissed": [{ name: "notify-reporters-bounty-dismissed", run: notifyReportersOnResolution }],
  // A hidden profile leaves search at once (the SQL skips hidden profiles); restoring brings it back.
  "provider.hidden": [
    { name: "invalidate-search-provider-hidden", run: invalidateSearchOn<"provider.hidden">() },
    { name: "notify-reporters-provider-hidden", run: notifyReportersOnResolution },
    { name: "notify-author-provider-hidden", run: notifyAuthorOnModeration },
    { name: "email-author-provider-hidden", run: emailAuthorOnModeration },
  ],
  "provider.restored": [
    { name: "invalidate-search-provider-restored", run: invalidateSearchOn<"provider.restored">() },
    { name: "notify-author-provider-restored", run: notifyAuthorOnModeration },
    { name: "email-author-provider-restored", run: emailAuthorOnModeration },
  ],
  "provider.reports_dismissed": [{ name: "notify-reporters-provider-dismissed", run: notifyReportersOnResolution }],
  // setFeatureFlag drops the cache itself; this retries the drop should that have failed.
  "feature_flag.changed": [{ name: "invalidate-flag-cache", run: invalidateFlagCacheOnChange }],
  // Bounties: who hears what is in lib/bounties/notification-content.ts; every event also refreshes the
  // open bounty pages of the poster, the assigned provider and the offerers.
  "bounty.posted": [
    { name: "notify-poster-bounty-posted", run: notifyOnBountyEvent<"bounty.posted">() },
    { name: "refresh-bounty-posted", run: refreshBountyPage },
  ],
  // Risk scoring held it (docs/risk.md): the poster hears it is under review; bounty.posted follows an approval.
  "bounty.held_for_review": [
    { name: "notify-poster-bounty-held-for-review", run: notifyOnBountyEvent<"bounty.held_for_review">() },
    { name: "refresh-bounty-held-for-review", run: refreshBountyPage },
  ],
  "bounty.question_asked": [
    { name: "email-poster-bounty-question-asked", run: emailOnBountyEvent<"bounty.question_asked">() },
    { name: "notify-poster-bounty-question-asked", run: notifyOnBountyEvent<"bounty.question_asked">() },
    { name: "refresh-bounty-question-asked", run: refreshBountyPage },
  ],
  "bounty.question_answered": [
    { name: "email-asker-bounty-question-answered", run: emailOnBountyEvent<"bounty.question_answered">() },
    { name: "notify-asker-bounty-question-answered", run: notifyOnBountyEvent<"bounty.question_answered">() },
    { name: "refresh-bounty-question-answered", run: refreshBountyPage },
  ],
  "offer.submitted": [
    { name: "email-poster-offer-submitted", run: emailOnBountyEvent<"offer.submitted">() },
    { name: "notify-poster-offer-submitted", run: notifyOnBountyEvent<"offer.submitted">() },
    { name: "refresh-offer-submitted", run: refreshBountyPage },
  ],
  "offer.countered": [
    { name: "email-offerer-offer-countered", run: emailOnBountyEvent<"offer.countered">() },
    { name: "notify-offerer-offer-countered", run: notifyOnBountyEvent<"offer.countered">() },
    { name: "refresh-offer-countered", run: refreshBountyPage },
  ],
  "offer.accepted": [
    { name: "email-parties-offer-accepted", run: emailOnBountyEvent<"offer.accepted">() },
    { name: "notify-parties-offer-accepted", run: notifyOnBountyEvent<"offer.accepted">() },
    { name: "refresh-offer-accepted", run: refreshBountyPage },
  ],
  "offer.declined": [
    { name: "email-offerer-offer-declined", run: emailOnBountyEvent<"offer.declined">() },
    { name: "notify-offerer-offer-declined", run: notifyOnBountyEvent<"offer.declined">() },
    // The accept's own offer.accepted already refreshed every offerer's page.
  ],
  "offer.revised": [
    { name: "notify-poster-offer-revised", run: notifyOnBountyEvent<"offer.revised">() },
    { name: "refresh-offer-revised", run: refreshBountyPage },
  ],
  "offer.withdrawn": [
    { name: "notify-poster-offer-withdrawn", run: notifyOnBountyEvent<"offer.withdrawn">() },
    { name: "refresh-offer-withdrawn", run: refreshBountyPage },
  ],
  "bounty.submitted": [
    { name: "email-poster-bounty-submitted", run: emailOnBountyEvent<"bounty.submitted">() },
    { name: "notify-poster-bounty-submitted", run: notifyOnBountyEvent<"bounty.submitted">() },
    { name: "refresh-bounty-submitted", run: refreshBountyPage },
  ],
  "bounty.changes_requested": [
    { name: "email-provider-bounty-changes-requested", run: emailOnBountyEvent<"bounty.changes_requested">() },
    { name: "notify-provider-bounty-changes-requested", run: notifyOnBountyEvent<"bounty.changes_requested">() },
    { name: "refresh-bounty-changes-requested", run: refreshBountyPage },
  ],
  "bounty.completed": [
    { name: "notify-parties-bounty-completed", run: notifyOnBountyEvent<"bounty.completed">() },
    { name: "refresh-bounty-completed", run: refreshBountyPage },
  ],
  "bounty.released": [
    { name: "email-provider-bounty-released", run: emailOnBountyEvent<"bounty.released">() },
    { name: "notify-provider-bounty-released", run: notifyOnBountyEvent<"bounty.released">() },
    { name: "refresh-bounty-released", run: refreshBountyPage },
  ],
  "bounty.cancel_requested": [
    { name: "email-other-party-bounty-cancel-requested", run: emailOnBountyEvent<"bounty.cancel_requested">() },
    { name: "notify-other-party-bounty-cancel-requested", run: notifyOnBountyEvent<"bounty.cancel_requested">() },
    { name: "refresh-bounty-cancel-requested", run: refreshBountyPage },
  ],
  "bounty.cancelled": [
    { name: "email-parties-bounty-cancelled", run: emailOnBountyEvent<"bounty.cancelled">() },
    { name: "notify-parties-bounty-cancelled", run: notifyOnBountyEvent<"bounty.cancelled">() },
    { name: "refresh-bounty-cancelled", run: refreshBountyPage },
  ],
  "bounty.disputed": [
    { name: "email-parties-bounty-disputed", run: emailOnBountyEvent<"bounty.disputed">() },
    { name: "notify-parties-bounty-disputed", run: notifyOnBountyEvent<"bounty.disputed">() },
    { name: "refresh-bounty-disputed", run: refreshBountyPage },
  ],
  "bounty.dispute_resolved": [
    { name: "email-parties-bounty-dispute-resolved", run: emailOnBountyEvent<"bounty.dispute_resolved">() },
    { name: "notify-parties-bounty-dispute-resolved", run: notifyOnBountyEvent<"bounty.dispute_resolved">() },
    { name: "refresh-bounty-dispute-resolved", run: refreshBountyPage },
  ],
  // Disputes (booking and bounty): the other party hears of each step, both of the escalation and the outcome.
  "dispute.opened": [
    { name: "email-respondent-dispute-opened", run: emailOnDisputeEvent<"dispute.opened">() },
    { name: "notify-respondent-dispute-opened", run: notifyOnDisputeEvent<"dispute.opened">() },
  ],
  "dispute.message_added": [{ name: "notify-other-party-dispute-message", run: notifyOnDisputeEvent<"dispute.message_added">() }],
  "dispute.evidence_added": [{ name: "notify-other-party-dispute-evidence", run: notifyOnDisputeEvent<"dispute.evidence_added">() }],
  "dispute.proposal_made": [{ name: "notify-other-party-dispute-proposal", run: notifyOnDisputeEvent<"dispute.proposal_made">() }],
  "dispute.proposal_answered": [{ name: "notify-proposer-dispute-proposal-answered", run: notifyOnDisputeEvent<"dispute.proposal_answered">() }],
  "dispute.escalated": [{ name: "notify-parties-dispute-escalated", run: notifyOnDisputeEvent<"dispute.escalated">() }],
  "dispute.resolved": [
    { name: "email-parties-dispute-resolved", run: emailOnDisputeEvent<"dispute.resolved">() },
    { name: "notify-parties-dispute-resolved", run: notifyOnDisputeEvent<"dispute.resolved">() },
  ],
  "bounty.expiring": [
    { name: "email-poster-bounty-expiring", run: emailOnBountyEvent<"bounty.expiring">() },
    { name: "notify-poster-bounty-expiring", run: notifyOnBountyEvent<"bounty.expiring">() },
    { name: "refresh-bounty-expiring", run: refreshBountyPage },
  ],
  "bounty.expired": [
    { name: "email-poster-bounty-expired", run: emailOnBountyEvent<"bounty.expired">() },
    { name: "notify-poster-bounty-expired", run: notifyOnBountyEvent<"bounty.expired">() },
    { name: "refresh-bounty-expired", run: refreshBountyPage },
  ],
  // Verification badges: admins hear of a new document; the provider of each decision, the 14-day
  // warning and the lapse. A badge gained or lost changes "verified only" search results.
  "verification.document_uploaded": [{ name: "notify-admins-verification-document-uploaded", run: notifyAdminsOnDocumentUploaded }],
  "verification.approved": [
    { name: "email-provider-verification-approved", run: emailProviderOnVerificationEvent<"verification.approved">() },
    { name: "notify-provider-verification-approved", run: notifyProviderOnVerificationEvent<"verification.approved">() },
    { name: "invalidate-search-verification-approved", run: invalidateSearchOn<"verification.approved">() },
  ],
  "verification.rejected": [
    { name: "email-provider-verification-rejected", run: emailProviderOnVerificationEvent<"verification.rejected">() },
    { name: "notify-provider-verification-rejected", run: notifyProviderOnVerificationEvent<"verification.rejected">() },
  ],
  "verification.expiring": [
    { name: "email-provider-verification-expiring", run: emailProviderOnVerificationEvent<"verification.expiring">() },
    { name: "notify-provider-verification-expiring", run: notifyProviderOnVerificationEvent<"verification.expiring">() },
  ],
  "verification.expired": [
    { name: "email-provider-verification-expired", run: emailProviderOnVerificationEvent<"verification.expired">() },
    { name: "notify-provider-verification-expired", run: notifyProviderOnVerificationEvent<"verification.expired">() },
    { name: "invalidate-search-verification-expired", run: invalidateSearchOn<"verification.expired">() },
  ],
  // Risk holds (docs/risk.md): the provider hears of their payout's outcome; a bounty's poster hears
  // it from bounty.posted / bounty.cancelled, which the decision records.
  "risk.hold_created": [{ name: "notify-admins-risk-hold-created", run: notifyAdminsOnHoldCreated }],
  "risk.hold_approved": [{ name: "notify-provider-risk-hold-approved", run: notifyProviderOnHoldApproved }],
  "risk.hold_rejected": [{ name: "notify-provider-risk-hold-rejected", run: notifyProviderOnHoldRejected }],
} satisfies Required<Subscriptions>;

/**
 * Registers the subscriptions (and the email sender handlers use) with the outbox of this process.
 * Idempotent; until it runs, deliver() leaves events PENDING.
 */
/**
 * Facts the money floor learns inside a transaction (Stripe webhooks) and the one reaction of the
 * domain that owns the rows, run in that same transaction (lib/events/in-transaction.ts): this is
 * how lib/payments reaches bounties and payouts without importing them.
 */
export const inTransactionReactions: InTransactionReactions = {
  "escrow.chargeback_opened": openEscrowChargeback,
  "escrow.chargeback_closed": closeEscrowChargeback,
  "risk.bounty_hold_decided": decideHeldBounty,
  "risk.payout_hold_decided": (tx, data) => decideHeldPayout(tx, data),
  "connected_account.updated": (tx, data) => applyAccountStatus(tx, { ...data, actorId: null }),
};

export function wireOutbox(): void {
  registerOutbox({ subscriptions, services: () => ({ email: emailSender() }) });
  registerInTransactionReactions(inTransactionReactions);
}
