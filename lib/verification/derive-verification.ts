import type { VerificationDocumentKind, VerificationDocumentStatus, VerificationState } from "../generated/prisma/enums";

export interface DocumentFacts {
  kind: VerificationDocumentKind;
  status: VerificationDocumentStatus;
  expiresAt: Date | null;
  createdAt: Date;
}

export interface DerivedVerification {
  state: VerificationState;
  /** The latest expiry among the badges in force; null unless VERIFIED. */
  verifiedUntil: Date | null;
}

/** Approved and not yet past its expiry, whether or not the scheduler has marked it yet. */
export function isBadgeInForce(document: Pick<DocumentFacts, "status" | "expiresAt">, now: Date): boolean {
  return document.status === "APPROVED" && document.expiresAt !== null && document.expiresAt > now;
}

/**
 * The provider's verification, from their documents: VERIFIED while any badge is in force;
 * otherwise PENDING while a document awaits review; REJECTED if the newest document was rejected;
 * UNVERIFIED when there is nothing (or only lapsed badges).
 *
 * One exception, for providers verified before badges existed (VERIFIED with no verifiedUntil, as
 * the demo seed makes them): they stay VERIFIED until they first hold a badge, so sending a
 * document, or having one rejected, never takes away a verification nobody revoked. Once a badge
 * has been approved, the documents alone decide.
 */
export function deriveVerification(documents: DocumentFacts[], now: Date, previous?: { state: VerificationState; verifiedUntil: Date | null }): DerivedVerification {
  const derived = fromDocuments(documents, now);
  const everBadged = documents.some((d) => d.status === "APPROVED" || d.status === "EXPIRED");
  const legacy = previous?.state === "VERIFIED" && previous.verifiedUntil === null && !everBadged;
  return legacy ? { state: "VERIFIED", verifiedUntil: null } : derived;
}

function fromDocuments(documents: DocumentFacts[], now: Date): DerivedVerification {
  const inForce = documents.filter((d) => isBadgeInForce(d, now));
  if (inForce.length) return { state: "VERIFIED", verifiedUntil: new Date(Math.max(...inForce.map((d) => d.expiresAt!.getTime()))) };
  if (documents.some((d) => d.status === "PENDING")) return { state: "PENDING", verifiedUntil: null };
  const newest = [...documents].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (newest?.status === "REJECTED") return { state: "REJECTED", verifiedUntil: null };
  return { state: "UNVERIFIED", verifiedUntil: null };
}

/** One badge per kind, the one that lasts longest, for the profile. */
export function badgesInForce<T extends DocumentFacts>(documents: T[], now: Date): T[] {
  const best = new Map<VerificationDocumentKind, T>();
  for (const d of documents) {
    if (!isBadgeInForce(d, now)) continue;
    const current = best.get(d.kind);
    if (!current || d.expiresAt! > current.expiresAt!) best.set(d.kind, d);
  }
  const order: VerificationDocumentKind[] = ["ID", "LICENCE", "INSURANCE"];
  return order.flatMap((kind) => (best.has(kind) ? [best.get(kind)!] : []));
}
