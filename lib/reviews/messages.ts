import { DateTime } from "luxon";
import { composeEmail, type RenderedEmail } from "../notifications/templates/compose";
import { absoluteUrl } from "../notifications/templates/links";
import type { ReviewerRole } from "./policies";
import type { ReviewTarget } from "./review-target";

// Texts of the review emails and in-app notifications; plain strings (compose.ts and React escape them).

export interface ReviewNotificationContent {
  title: string;
  body: string;
  link: string | null;
}

/** The anchor of the review section on the review pages (components/reviews/review-status-block.tsx). */
export const REVIEW_SECTION_ID = "review";

/**
 * Where each side reviews: for a booking, the customer's booking page or the provider's review
 * page; for a bounty, the bounty page's review section, which both parties see.
 */
export function reviewPath(target: Pick<ReviewTarget, "kind" | "id">, role: ReviewerRole): string {
  const id = encodeURIComponent(target.id);
  if (target.kind === "bounty") return `/bounties/${id}#${REVIEW_SECTION_ID}`;
  return role === "CUSTOMER" ? `/account/bookings/${id}` : `/dashboard/reviews/${id}`;
}

/** "Sat, Dec 5, 2026, 3:00 PM EST (America/New_York)": the reader's own zone, named. */
export function formatDeadline(deadline: Date, zone: string): string {
  const safeZone = DateTime.now().setZone(zone).isValid ? zone : "UTC";
  return `${DateTime.fromJSDate(deadline, { zone: safeZone }).setLocale("en-US").toFormat("ccc, LLL d, yyyy, h:mm a ZZZZ")} (${safeZone})`;
}

function counterpart(target: ReviewTarget, role: ReviewerRole): string {
  return (role === "CUSTOMER" ? target.providerName : target.customerName) ?? "the other side";
}

interface Reader {
  name: string;
  timeZone: string;
}

export function reviewReminderEmail(target: ReviewTarget, role: ReviewerRole, reader: Reader, deadline: Date): RenderedEmail {
  return composeEmail({
    subject: `3 days left to review ${counterpart(target, role)}`,
    heading: "Your review window closes soon",
    paragraphs: [
      `Hi ${reader.name}, you can review ${counterpart(target, role)} for ${target.title} until ${formatDeadline(deadline, reader.timeZone)}.`,
      "Reviews stay sealed until both of you have written one, or until the window closes, so neither side sees the other's first.",
    ],
    action: { label: "Write your review", url: absoluteUrl(reviewPath(target, role)) },
  });
}

export function reviewReminderNotification(target: ReviewTarget, role: ReviewerRole, reader: Reader, deadline: Date): ReviewNotificationContent {
  return {
    title: "3 days left to leave a review",
    body: `Review ${counterpart(target, role)} for ${target.title} by ${formatDeadline(deadline, reader.timeZone)}.`,
    link: reviewPath(target, role),
  };
}

export function reviewPublishedNotification(target: ReviewTarget, subjectRole: ReviewerRole, authorName: string, rating: number): ReviewNotificationContent {
  return {
    title: "You have a new review",
    body: `${authorName} gave you ${rating} out of 5 for ${target.title}.`,
    link: reviewPath(target, subjectRole),
  };
}

export function reviewRepliedNotification(providerName: string, providerSlug: string | null): ReviewNotificationContent {
  return {
    title: "Your review got a reply",
    body: `${providerName} replied to your review.`,
    link: providerSlug ? `/providers/${encodeURIComponent(providerSlug)}#reviews` : null,
  };
}

/**
 * The first review of a pair is sealed: its subject hears that it exists, never what it says, and
 * that writing theirs (or the window closing) reveals both. The classic double-blind nudge.
 */
export function reviewSubmittedNotification(target: ReviewTarget, subjectRole: ReviewerRole, reader: Reader, deadline: Date): ReviewNotificationContent {
  return {
    title: `${counterpart(target, subjectRole)} reviewed ${target.title}`,
    body: `Write yours by ${formatDeadline(deadline, reader.timeZone)} to see theirs: both stay sealed until then.`,
    link: reviewPath(target, subjectRole),
  };
}

export function reviewSubmittedEmail(target: ReviewTarget, subjectRole: ReviewerRole, reader: Reader, deadline: Date): RenderedEmail {
  const { title, body, link } = reviewSubmittedNotification(target, subjectRole, reader, deadline);
  return composeEmail({
    subject: title,
    heading: "You have a sealed review waiting",
    paragraphs: [`Hi ${reader.name}, ${counterpart(target, subjectRole)} has reviewed ${target.title}.`, body],
    action: { label: "Write your review", url: absoluteUrl(link!) },
  });
}

export function reviewReportedNotification(target: Pick<ReviewTarget, "title">, reason: string): ReviewNotificationContent {
  return {
    title: "A review was reported",
    body: `A review of ${target.title} was reported: "${reason}". It waits in the moderation queue.`,
    link: "/admin/reviews",
  };
}
