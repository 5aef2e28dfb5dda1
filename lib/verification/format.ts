import { KIND_LABELS, type VerificationDocumentKind } from "./schemas";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * A badge's expiry as a date. Approval stores a date as the end of that day in UTC, so the date is
 * read in UTC too: "valid until June 1, 2027" everywhere, whatever the reader's zone.
 */
export function formatBadgeDate(iso: string | Date): string {
  return dateFormat.format(typeof iso === "string" ? new Date(iso) : iso);
}

/** "ID verified", "Licence verified", "Insurance verified". */
export function badgeLabel(kind: VerificationDocumentKind): string {
  return `${KIND_LABELS[kind]} verified`;
}
