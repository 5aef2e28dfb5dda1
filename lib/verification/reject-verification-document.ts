import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { toVerificationDocumentDto, verificationDocumentSelect } from "./dto";
import { lockVerificationDocument } from "./lock-document";
import { assertVerificationAdmin } from "./policies";
import { RejectVerificationDocumentInput } from "./schemas";
import { syncProviderVerification } from "./sync-provider-verification";

/** An admin rejects a pending document with a reason the provider is told, so they know what to send instead. */
export async function rejectVerificationDocument({ actor, now = new Date(), ...input }: RejectVerificationDocumentInput & { actor: Actor | null; now?: Date }) {
  assertVerificationAdmin(actor);
  const { documentId, reason } = parseInput(RejectVerificationDocumentInput, input);
  return transactional(async (tx) => {
    const document = await lockVerificationDocument(tx, documentId);
    if (document.status !== "PENDING") throw new AppError("INVALID_STATE", `This document was already ${document.status.toLowerCase()}`);
    const updated = await tx.verificationDocument.update({
      where: { id: documentId },
      data: { status: "REJECTED", reviewedById: actor!.userId, reviewedAt: now, rejectionReason: reason, expiresAt: null },
      select: verificationDocumentSelect,
    });
    await syncProviderVerification(tx, document.providerId, now);
    await recordEvent(tx, {
      type: "verification.rejected",
      actorId: actor!.userId,
      entity: { type: "VerificationDocument", id: documentId },
      data: { documentId, providerId: document.providerId, kind: document.kind },
    });
    return toVerificationDocumentDto(updated);
  });
}
