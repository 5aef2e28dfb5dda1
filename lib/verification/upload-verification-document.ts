import { randomBytes } from "node:crypto";
import { getStorage } from "../adapters/storage";
import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { AppError, notFound } from "../core/errors";
import { logger } from "../core/logger";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { toVerificationDocumentDto, verificationDocumentSelect } from "./dto";
import { assertVerifyingProvider } from "./policies";
import { MAX_PENDING_DOCUMENTS, VerificationDocumentKind } from "./schemas";
import { documentFileName, sniffVerificationDocument } from "./sniff-document";
import { syncProviderVerification } from "./sync-provider-verification";

export interface UploadVerificationDocumentOptions {
  actor: Actor | null;
  kind: string;
  bytes: Buffer;
  /** As the browser sent it: a label only, never trusted for the type. */
  fileName: string;
  now?: Date;
}

/**
 * A provider submits an ID, licence or insurance document for review. Everything that can refuse
 * it (who, kind, size, real type, the pending limit) is checked before a byte is stored; the file
 * is stored under a random key before the transaction and removed again if the transaction fails.
 */
export async function uploadVerificationDocument({ actor, kind, bytes, fileName, now = new Date() }: UploadVerificationDocumentOptions) {
  const providerId = assertVerifyingProvider(actor);
  const parsedKind = parseInput(VerificationDocumentKind, kind);
  const owned = await db.providerProfile.findFirst({ where: { id: providerId, userId: actor!.userId }, select: { id: true } });
  if (!owned) throw notFound("Provider profile");
  const sniffed = sniffVerificationDocument(bytes);
  await assertRoomForAnother(providerId);

  const name = documentFileName(fileName, sniffed.extension);
  const storageKey = `verification/${providerId}/${randomBytes(12).toString("hex")}/${name}`;
  const storage = getStorage();
  await storage.put({ key: storageKey, body: bytes, contentType: sniffed.contentType });
  try {
    return await transactional(async (tx) => {
      const document = await tx.verificationDocument.create({
        data: { providerId, kind: parsedKind, storageKey, fileName: name, contentType: sniffed.contentType, sizeBytes: bytes.length, createdAt: now },
        select: verificationDocumentSelect,
      });
      await syncProviderVerification(tx, providerId, now);
      await recordEvent(tx, {
        type: "verification.document_uploaded",
        actorId: actor!.userId,
        entity: { type: "VerificationDocument", id: document.id },
        data: { documentId: document.id, providerId, kind: parsedKind },
      });
      return toVerificationDocumentDto(document);
    });
  } catch (error) {
    await storage.delete(storageKey).catch((err) => logger.warn({ err, key: storageKey }, "could not delete an orphaned verification document"));
    throw error;
  }
}

async function assertRoomForAnother(providerId: string) {
  const pending = await db.verificationDocument.count({ where: { providerId, status: "PENDING" } });
  if (pending >= MAX_PENDING_DOCUMENTS) {
    const message = `You have ${MAX_PENDING_DOCUMENTS} documents awaiting review; wait for a decision before sending more`;
    throw new AppError("CONFLICT", message, { fields: { file: [message] } });
  }
}
