import { getStorage } from "../adapters/storage";
import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { notFound, unauthenticated } from "../core/errors";
import { assertCanReadDocument } from "./policies";

/**
 * The document's bytes for its provider or an admin, after the check (anyone else: 404). The type
 * served is the one sniffed at upload.
 */
export async function getVerificationDocumentFile({ actor, documentId }: { actor: Actor | null; documentId: string }) {
  if (!actor) throw unauthenticated();
  const document = await db.verificationDocument.findUnique({ where: { id: documentId }, select: { providerId: true, storageKey: true, contentType: true, fileName: true } });
  if (!document) throw notFound("Document");
  assertCanReadDocument(actor, document);
  const object = await getStorage().get(document.storageKey);
  if (!object) throw notFound("Document file");
  return { body: object.body, contentType: document.contentType, fileName: document.fileName };
}
