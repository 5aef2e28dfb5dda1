/**
 * What a user can be notified about, for preferences, filters and unsubscribe links. A type is the
 * domain event's name (Notification.type and NotificationPreference.type hold the same strings).
 *
 * Transactional emails always send, whatever the preference: they confirm or change an agreement,
 * move money, or concern the account itself, and a user who misses one can lose money, show up at
 * the wrong time or not at all. They carry no unsubscribe link. Their in-app copy can still be
 * switched off (the email is the record).
 */
export const NOTIFICATION_CATEGORIES = ["bookings", "bounties", "payments", "reviews", "messages", "account"] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export interface NotificationTypeInfo {
  type: string;
  category: NotificationCategory;
  label: string;
  description: string;
  /** Email always sends and cannot be switched off (see above). */
  transactional: boolean;
  /** Who can receive it; the settings page shows a role only its own rows. */
  audience: readonly ("CUSTOMER" | "PROVIDER" | "ADMIN")[];
  /** Email template names (or their prefix before "-<audience>") that belong to this type. */
  templates: readonly string[];
  /** Shown on the settings page; false for what has nothing to choose (account email, always sent, never in-app). */
  configurable: boolean;
}

export const CATEGORY_LABELS: Record<NotificationCategory, string> = {
  bookings: "Bookings",
  bounties: "Bounties",
  payments: "Payments",
  reviews: "Reviews",
  messages: "Messages",
  account: "Account",
};

/** Notification types outside the catalog still count towards their category by their prefix. */
const CATEGORY_PREFIXES: Record<NotificationCategory, readonly string[]> = {
  bookings: ["booking.", "waitlist."],
  bounties: ["bounty.", "offer."],
  payments: ["payment.", "payout.", "provider.payouts"],
  reviews: ["review."],
  messages: ["message.", "conversation."],
  account: ["user.", "account.", "verification."],
};

const ALL = ["CUSTOMER", "PROVIDER", "ADMIN"] as const;
const CUSTOMER = ["CUSTOMER", "ADMIN"] as const;
const PROVIDER = ["PROVIDER", "ADMIN"] as const;

type Entry = Omit<NotificationTypeInfo, "templates" | "audience" | "configurable"> &
  Partial<Pick<NotificationTypeInfo, "templates" | "audience" | "configurable">>;

const entries: Entry[] = [
  { type: "booking.requested", category: "bookings", label: "Booking requests", description: "A request was sent or received and awaits an answer.", transactional: false },
  { type: "booking.confirmed", category: "bookings", label: "Booking confirmations", description: "Your booking is confirmed, with its calendar file.", transactional: true },
  { type: "booking.declined", category: "bookings", label: "Declined requests", description: "A provider declined your request.", transactional: false, audience: CUSTOMER },
  { type: "booking.expired", category: "bookings", label: "Expired requests", description: "A request lapsed without an answer.", transactional: false },
  { type: "booking.cancelled", category: "bookings", label: "Cancellations", description: "A booking was cancelled, with the refund.", transactional: true },
  { type: "waitlist.offered", category: "bookings", label: "Waitlist offers", description: "A time you waited for opened up and is held for you.", transactional: false, audience: CUSTOMER, templates: ["waitlist-offer"] },
  { type: "booking.rescheduled", category: "bookings", label: "Reschedules", description: "A booking moved to another time.", transactional: true },
  { type: "booking.reminder_due", category: "bookings", label: "Reminders", description: "The day before a booking.", transactional: false, templates: ["booking-reminder"] },
  { type: "booking.completed", category: "bookings", label: "Completed bookings", description: "A booking is done; time to leave a review.", transactional: false },
  { type: "booking.no_show", category: "bookings", label: "No-shows", description: "A booking was marked as a no-show.", transactional: true, audience: CUSTOMER },
  { type: "bounty.posted", category: "bounties", label: "Your bounty is live", description: "A bounty you posted is on the board.", transactional: false, audience: CUSTOMER },
  { type: "bounty.question_asked", category: "bounties", label: "Questions", description: "A provider asked about your bounty.", transactional: false },
  { type: "bounty.question_answered", category: "bounties", label: "Answers", description: "Your question on a bounty was answered.", transactional: false },
  { type: "offer.submitted", category: "bounties", label: "New offers", description: "A provider made an offer on your bounty.", transactional: false },
  { type: "offer.countered", category: "bounties", label: "Counter-offers", description: "An offer was countered.", transactional: false },
  { type: "offer.revised", category: "bounties", label: "Revised offers", description: "An offer was changed.", transactional: false },
  { type: "offer.withdrawn", category: "bounties", label: "Withdrawn offers", description: "An offer was withdrawn.", transactional: false },
  { type: "offer.declined", category: "bounties", label: "Declined offers", description: "An offer was declined.", transactional: false },
  { type: "offer.accepted", category: "bounties", label: "Accepted offers", description: "An offer was accepted and the money is held.", transactional: true },
  { type: "bounty.submitted", category: "bounties", label: "Work submitted", description: "The work is ready for review; it pays out by itself if nobody answers.", transactional: true },
  { type: "bounty.changes_requested", category: "bounties", label: "Change requests", description: "The poster asked for changes.", transactional: false },
  { type: "bounty.completed", category: "bounties", label: "Completed bounties", description: "A bounty was approved.", transactional: false },
  { type: "bounty.released", category: "bounties", label: "Bounty payments", description: "Money was released to the provider.", transactional: true },
  { type: "bounty.cancel_requested", category: "bounties", label: "Cancellation requests", description: "Someone asked to cancel a bounty.", transactional: false },
  { type: "bounty.cancelled", category: "bounties", label: "Cancelled bounties", description: "A bounty was cancelled, with the refund.", transactional: true },
  { type: "bounty.disputed", category: "bounties", label: "Bounty disputes", description: "A bounty went to dispute.", transactional: true },
  { type: "bounty.dispute_resolved", category: "bounties", label: "Dispute outcomes", description: "A dispute was decided, with any refund.", transactional: true },
  { type: "bounty.expiring", category: "bounties", label: "Expiring bounties", description: "A bounty is about to close.", transactional: false },
  { type: "bounty.expired", category: "bounties", label: "Expired bounties", description: "A bounty closed without an accepted offer.", transactional: false },
  { type: "payment.captured", category: "payments", label: "Payment receipts", description: "A card was charged.", transactional: true, templates: ["payment-captured", "payment-receipt"] },
  { type: "payment.refunded", category: "payments", label: "Refunds", description: "Money went back to a card.", transactional: true },
  { type: "payment.authorization_failed", category: "payments", label: "Failed payments", description: "A card was declined; the booking needs a new one.", transactional: true, audience: CUSTOMER },
  { type: "payment.disputed", category: "payments", label: "Disputes", description: "A customer disputed a charge with their bank.", transactional: true, audience: PROVIDER },
  { type: "payment.refund_failed", category: "payments", label: "Failed refunds", description: "A refund the card processor could not complete, for support to redo.", transactional: true, audience: ["ADMIN"] },
  { type: "payment.dispute_closed", category: "payments", label: "Closed chargebacks", description: "A bank decided a chargeback.", transactional: false, audience: ["ADMIN"] },
  { type: "payout.failed", category: "payments", label: "Failed payouts", description: "A payout did not reach your bank; the money is available again.", transactional: true, audience: PROVIDER },
  { type: "provider.payouts_enabled", category: "payments", label: "Payout setup", description: "Your payout account is ready.", transactional: false, audience: PROVIDER },
  { type: "review.submitted", category: "reviews", label: "New reviews", description: "Someone reviewed a booking with you.", transactional: false },
  { type: "review.published", category: "reviews", label: "Published reviews", description: "Reviews of a booking became visible.", transactional: false },
  { type: "review.replied", category: "reviews", label: "Replies to reviews", description: "A provider replied to your review.", transactional: false },
  { type: "review.reminder_due", category: "reviews", label: "Review reminders", description: "A reminder to review a finished booking.", transactional: false, templates: ["review-reminder"] },
  { type: "review.reported", category: "reviews", label: "Reported reviews", description: "A review was reported for moderation.", transactional: false, audience: ["ADMIN"] },
  { type: "message.sent", category: "messages", label: "New messages", description: "Someone sent you a message.", transactional: false, templates: ["message-sent", "new-message"] },
  // Moderation (lib/moderation): the reporter hears the outcome, the author when their content goes or comes back.
  // Not on the settings page: they are rare answers about the member's own reports and content.
  { type: "moderation.report_resolved", category: "account", label: "Your reports", description: "A moderator acted on or dismissed something you reported.", transactional: false, templates: [], configurable: false },
  { type: "moderation.content_hidden", category: "account", label: "Content removed", description: "A moderator hid something you posted.", transactional: false, configurable: false },
  { type: "moderation.content_restored", category: "account", label: "Content restored", description: "A moderator restored something you posted.", transactional: false, configurable: false },
  { type: "risk.hold_created", category: "account", label: "Risk holds", description: "A new bounty or payout was held for a risk review.", transactional: false, audience: ["ADMIN"], templates: [] },
  { type: "moderation.content_reported", category: "account", label: "Reported content", description: "A message, bounty or profile was reported for moderation.", transactional: false, audience: ["ADMIN"], templates: [] },
  // Verification badges: the decision, the warning and the lapse concern the provider's standing on the
  // platform, so their emails always send (a missed warning costs the badge).
  { type: "verification.approved", category: "account", label: "Verification approved", description: "A document was approved and its badge is on your profile.", transactional: true, audience: PROVIDER },
  { type: "verification.rejected", category: "account", label: "Verification rejected", description: "A document was not approved, with the reason.", transactional: true, audience: PROVIDER },
  { type: "verification.expiring", category: "account", label: "Badge expiring", description: "A verification badge expires in 14 days.", transactional: true, audience: PROVIDER },
  { type: "verification.expired", category: "account", label: "Badge expired", description: "A verification badge lapsed.", transactional: true, audience: PROVIDER },
  { type: "verification.document_uploaded", category: "account", label: "Documents to review", description: "A provider sent a verification document.", transactional: false, audience: ["ADMIN"] },
  { type: "user.registered", category: "account", label: "Welcome and account", description: "About your account itself.", transactional: true, templates: ["welcome"], configurable: false },
];

/** Default email template names: the type with dots and underscores as dashes. */
const kebab = (type: string) => type.replace(/[._]/g, "-");

export const NOTIFICATION_TYPES: readonly NotificationTypeInfo[] = entries.map((e) => ({
  ...e,
  audience: e.audience ?? ALL,
  templates: e.templates ?? [kebab(e.type)],
  configurable: e.configurable ?? true,
}));

const byType = new Map(NOTIFICATION_TYPES.map((t) => [t.type, t]));

export function notificationTypeInfo(type: string): NotificationTypeInfo | undefined {
  return byType.get(type);
}

export function isTransactionalEmail(type: string): boolean {
  return byType.get(type)?.transactional ?? false;
}

/** The type an email template belongs to, e.g. "booking-cancelled-provider" → "booking.cancelled"; null if none. */
export function preferenceTypeForTemplate(template: string): string | null {
  let best: { type: string; length: number } | null = null;
  for (const info of NOTIFICATION_TYPES) {
    for (const prefix of info.templates) {
      const matches = template === prefix || template.startsWith(`${prefix}-`);
      if (matches && (!best || prefix.length > best.length)) best = { type: info.type, length: prefix.length };
    }
  }
  return best?.type ?? null;
}

export function categoryOf(type: string): NotificationCategory | null {
  const known = byType.get(type);
  if (known) return known.category;
  const found = NOTIFICATION_CATEGORIES.find((c) => CATEGORY_PREFIXES[c].some((p) => type.startsWith(p)));
  return found ?? null;
}

/** A Prisma `where` on Notification.type for one category: catalogued types plus any sharing its prefixes. */
export function categoryTypeFilter(category: NotificationCategory) {
  const known = NOTIFICATION_TYPES.filter((t) => t.category === category).map((t) => t.type);
  return { OR: [{ type: { in: known } }, ...CATEGORY_PREFIXES[category].map((p) => ({ type: { startsWith: p } }))] };
}
