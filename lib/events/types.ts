/**
 * Every domain event Hearth emits, with its payload. Payloads carry ids, not copies:
 * handlers load what they need after commit, so they always see committed state.
 */
/** Wall-clock hours in a provider's zone, as availability events carry them. */
type ClockInterval = { start: string; end: string };
type VerificationKind = "ID" | "LICENCE" | "INSURANCE";
type WeeklyHours = { weekday: number; intervals: ClockInterval[] }[];

/** What a moderator's decision on reported content carries (lib/moderation, docs/moderation.md). */
export type ModeratedKind = "REVIEW" | "MESSAGE" | "BOUNTY" | "PROVIDER_PROFILE";
type ModerationPrefix = "review" | "message" | "bounty" | "provider";
type ModerationDecision = {
  kind: ModeratedKind;
  targetId: string;
  /** The user whose content it is (the review's, message's or bounty's author; the profile's owner). */
  authorId: string;
  /** The reports this decision resolved (hidden, dismissed) or re-opened as dismissed (restored). */
  reportIds: string[];
  note?: string;
};
/** `<kind>.hidden` / `.restored` / `.reports_dismissed` by an admin; `<kind>.reported` by a user (reviews keep review.reported). */
type ModerationEventPayloads = { [K in `${ModerationPrefix}.${"hidden" | "restored" | "reports_dismissed"}`]: ModerationDecision } & {
  [K in `${Exclude<ModerationPrefix, "review">}.reported`]: { kind: ModeratedKind; targetId: string; reportId: string };
};

export interface DomainEventPayloads extends ModerationEventPayloads {
  "user.registered": { userId: string };
  /** Someone asked for a reset link for this account; the handler issues the token and emails it. */
  "user.password_reset_requested": { userId: string };
  /** The password changed (reset or settings): every older session has ended. */
  "user.password_changed": { userId: string; via: "reset" | "settings" };
  /** A verification link is due for `email` (a resend, or a new address pending in settings). */
  "user.verification_requested": { userId: string; email: string };
  "user.email_verified": { userId: string; email: string };
  /** The account was anonymised: the row stays so the ledger, bookings and reviews keep their ids. */
  "user.deleted": { userId: string };
  /** Support suspended the account: it cannot sign in, its sessions ended, its listing and open bounties are hidden. */
  "user.suspended": { userId: string; reason: string };
  "user.unsuspended": { userId: string; reason: string };
  /** A super admin changed the account's role. */
  "user.role_changed": { userId: string; from: "CUSTOMER" | "PROVIDER" | "ADMIN"; to: "CUSTOMER" | "PROVIDER" | "ADMIN"; reason: string };
  "booking.requested": { bookingId: string };
  "booking.confirmed": { bookingId: string };
  "booking.declined": { bookingId: string };
  "booking.expired": { bookingId: string };
  "booking.cancelled": { bookingId: string; cancelledBy: "CUSTOMER" | "PROVIDER" | "ADMIN"; refundAmount: number };
  /** `feeAmount`: what the customer owes under the booking's reschedule policy (minor units; recorded, not charged). */
  "booking.rescheduled": { bookingId: string; previousStart: string; previousEnd: string; feeAmount?: number };
  "booking.completed": { bookingId: string };
  /** Waitlist (docs/waitlist.md): a customer waits for a time of a service on a day, optionally a window. */
  "waitlist.joined": { entryId: string };
  "waitlist.left": { entryId: string };
  /** A freed time is held for one waitlisted customer until `expiresAt`; they are told with a link to claim it. */
  "waitlist.offered": { holdId: string; entryId: string; expiresAt: string };
  /** The hold lapsed unclaimed; its time goes to the next person. */
  "waitlist.hold_expired": { holdId: string };
  /** The holder booked the held time (the booking's own event follows its usual path). */
  "waitlist.hold_claimed": { holdId: string; bookingId: string };
  "waitlist.fill_gaps_changed": { providerId: string; enabled: boolean };
  "booking.no_show": { bookingId: string };
  /** The 24-hour reminder is due (emitted once per booking by the scheduler). */
  "booking.reminder_due": { bookingId: string };
  "payment.captured": { paymentId: string; amount: number; currency: string };
  "payment.refunded": { paymentId: string; amount: number; currency: string };
  /** The off-session authorization before a far-off booking failed; the booking is cancelled after a grace period. */
  "payment.authorization_failed": { paymentId: string; bookingId: string; graceEndsAt: string };
  "payment.disputed": { paymentId: string };
  /** The bank decided a chargeback (Stripe's dispute status: won, lost, …). */
  "payment.dispute_closed": { paymentId: string; outcome: string };
  /** The processor could not complete a refund; the money is back with Hearth and support follows up. */
  "payment.refund_failed": { paymentId: string; refundRef: string; amount: number; currency: string; reason: string | null };
  "provider.payouts_enabled": { providerId: string };
  /** The public profile changed (fields named, photos included), so caches and search can refresh. */
  "provider.profile_updated": { providerId: string; fields: string[] };
  /** A provider's service was created, edited, paused, resumed or archived; `fields` names what changed. */
  "service.created": { serviceId: string; providerId: string };
  "service.updated": { serviceId: string; providerId: string; fields: string[] };
  "service.archived": { serviceId: string; providerId: string };
  /** Weekly hours replaced; before and after, as the provider saw them (ISO weekdays, "HH:mm"). */
  "availability.updated": { before: WeeklyHours; after: WeeklyHours };
  /** Hours of one date set (closed, or different from the week) or removed. */
  "availability.override_set": { date: string; closed: boolean; intervals: ClockInterval[] };
  "availability.override_removed": { date: string };
  /** The processor's bank transfer of a recorded payout arrived, or came back (the amount is available again). */
  "payout.paid": { payoutId: string; providerId: string };
  "payout.failed": { payoutId: string; providerId: string; amount: number; currency: string; failureCode: string | null };
  "review.submitted": { reviewId: string };
  /** Both sides' reviews of one booking or bounty became visible (both submitted, or the window closed). */
  "review.published": { reviewIds: string[] };
  "review.replied": { reviewId: string };
  "review.reported": { reviewId: string; reportId: string };
  "review.reminder_due": { bookingId?: string; bountyId?: string; userId: string; deadline: string };
  "message.sent": { messageId: string; conversationId: string };
  "bounty.posted": { bountyId: string };
  /** Risk scoring held the new bounty for review (docs/risk.md): off the board until an admin decides. */
  "bounty.held_for_review": { bountyId: string; score: number };
  "bounty.question_asked": { bountyId: string; questionId: string };
  "bounty.question_answered": { bountyId: string; questionId: string };
  "offer.submitted": { bountyId: string; offerId: string };
  "offer.countered": { bountyId: string; offerId: string };
  "offer.accepted": { bountyId: string; offerId: string };
  "offer.declined": { bountyId: string; offerId: string };
  /** The provider changed the price, message or ETA of an open offer. */
  "offer.revised": { bountyId: string; offerId: string };
  "offer.withdrawn": { bountyId: string; offerId: string };
  "bounty.submitted": { bountyId: string };
  "bounty.changes_requested": { bountyId: string };
  "bounty.completed": { bountyId: string };
  "bounty.released": { bountyId: string; amount: number; currency: string; automatic: boolean };
  /** After assignment a cancellation needs both parties: one asked, the other is to confirm. */
  "bounty.cancel_requested": { bountyId: string; requestedById: string };
  "bounty.cancelled": { bountyId: string; refundAmount: number };
  "bounty.disputed": { bountyId: string };
  "bounty.dispute_resolved": { bountyId: string; outcome: "refund" | "partial_refund" | "release"; refundAmount: number };
  "bounty.expiring": { bountyId: string };
  /** A booking dispute was opened by its customer (bounty disputes are bounty.disputed). */
  "dispute.opened": { disputeId: string };
  "dispute.message_added": { disputeId: string; messageId: string };
  "dispute.evidence_added": { disputeId: string; evidenceId: string };
  "dispute.proposal_made": { disputeId: string; proposalId: string; refundAmount: number };
  "dispute.proposal_answered": { disputeId: string; proposalId: string; answer: "accept" | "reject" };
  /** To the admin queue: asked by a party, or the respondent's deadline passed (automatic). */
  "dispute.escalated": { disputeId: string; automatic: boolean };
  /** Decided (by support or an accepted proposal): refundAmount back to the customer, the rest to the provider. */
  "dispute.resolved": { disputeId: string; outcome: "refund" | "partial_refund" | "release"; refundAmount: number };
  "bounty.expired": { bountyId: string };
  /** An admin set a feature flag or kill switch (lib/flags); `previous` is the state it replaced. */
  "feature_flag.changed": { key: string; enabled: boolean; previous: boolean; reason: string };
  /** A provider sent an ID, licence or insurance document for review (lib/verification). */
  "verification.document_uploaded": { documentId: string; providerId: string; kind: VerificationKind };
  /** An admin approved it: the badge is in force until `expiresAt`. */
  "verification.approved": { documentId: string; providerId: string; kind: VerificationKind; expiresAt: string };
  "verification.rejected": { documentId: string; providerId: string; kind: VerificationKind };
  /** The badge lapses within 14 days (emitted once per document by the scheduler). */
  "verification.expiring": { documentId: string; providerId: string; kind: VerificationKind; expiresAt: string };
  /** The badge lapsed by itself (scheduler). */
  "verification.expired": { documentId: string; providerId: string; kind: VerificationKind };
  /** Risk scoring held a new bounty or payout (lib/risk): it waits in the admins' queue at /admin/risk. */
  "risk.hold_created": { assessmentId: string; subjectKind: "BOUNTY" | "PAYOUT"; subjectId: string; userId: string; score: number };
  /** An admin decided a risk hold (lib/risk): approved opens the bounty / pays the payout, rejected cancels it. */
  "risk.hold_approved": { assessmentId: string; subjectKind: "BOUNTY" | "PAYOUT"; subjectId: string; userId: string };
  "risk.hold_rejected": { assessmentId: string; subjectKind: "BOUNTY" | "PAYOUT"; subjectId: string; userId: string; note: string };
}

export type DomainEventType = keyof DomainEventPayloads;

export interface DomainEventInput<T extends DomainEventType = DomainEventType> {
  type: T;
  /** The user who caused it; null for the system (scheduler, webhooks). */
  actorId: string | null;
  /** What the audit trail files it under. */
  entity: { type: string; id: string };
  data: DomainEventPayloads[T];
}

/** An event as stored in the outbox and handed to handlers. */
export interface StoredEvent<T extends DomainEventType = DomainEventType> {
  id: string;
  type: T;
  payload: { actorId: string | null; entity: { type: string; id: string }; data: DomainEventPayloads[T] };
  createdAt: Date;
}
