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

/** Where each side reviews: the customer's booking page, the provider's review page. Bounty pages do not exist yet. */
export function reviewPath(target: Pick<ReviewTarget, "kind" | "id">, role: ReviewerRole): string | null {
  if (target.kind !== "booking") return null;
  const id = encodeURIComponent(target.id);
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
  const path = reviewPath(target, role);
  return composeEmail({
    subject: `3 days left to review ${counterpart(target, role)}`,
    heading: "Your review window closes soon",
    paragraphs: [
      `Hi ${reader.name}, you can review ${counterpart(target, role)} for ${target.title} until ${formatDeadline(deadline, reader.timeZone)}.`,
      "Reviews stay sealed until both of you have written one, or until the window closes, so neither side sees the other's first.",
    ],
    ...(path ? { action: { label: "Write your review", url: absoluteUrl(path) } } : {}),
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
