import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { toVerificationDocumentDto, verificationDocumentSelect } from "./dto";
import { lockVerificationDocument } from "./lock-document";
import { assertVerificationAdmin } from "./policies";
import { ApproveVerificationDocumentInput } from "./schemas";
import { syncProviderVerification } from "./sync-provider-verification";

/** Ten years: a longer validity is almost certainly a typo in the year. */
const MAX_VALIDITY_MS = 10 * 366 * 86_400_000;

/**
 * An admin approves a pending document until the expiry printed on it: the badge is in force from
 * now and lapses by itself then (expireVerificationBadges). The provider's verification column is
 * recomputed in the same transaction, so search's "verified only" sees the badge at once.
 */
export async function approveVerificationDocument({ actor, now = new Date(), ...input }: ApproveVerificationDocumentInput & { actor: Actor | null; now?: Date }) {
  assertVerificationAdmin(actor);
  const { documentId, expiresAt } = parseInput(ApproveVerificationDocumentInput, input);
  if (expiresAt <= now) throw expiryError("The expiry date must be in the future");
  if (expiresAt.getTime() - now.getTime() > MAX_VALIDITY_MS) throw expiryError("The expiry date is more than ten years away; check the year");

  return transactional(async (tx) => {
    const document = await lockVerificationDocument(tx, documentId);
    if (document.status !== "PENDING") throw new AppError("INVALID_STATE", `This document was already ${document.status.toLowerCase()}`);
    const updated = await tx.verificationDocument.update({
      where: { id: documentId },
      data: { status: "APPROVED", reviewedById: actor!.userId, reviewedAt: now, expiresAt, rejectionReason: null },
      select: verificationDocumentSelect,
    });
    await syncProviderVerification(tx, document.providerId, now);
    await recordEvent(tx, {
      type: "verification.approved",
      actorId: actor!.userId,
      entity: { type: "VerificationDocument", id: documentId },
      data: { documentId, providerId: document.providerId, kind: document.kind, expiresAt: expiresAt.toISOString() },
    });
    return toVerificationDocumentDto(updated);
  });
}

const expiryError = (message: string) => new AppError("VALIDATION_FAILED", message, { fields: { expiresAt: [message] } });
