import type { Tx } from "../core/db";
import { notFound } from "../core/errors";

/** The document row, locked until commit, so a review and the expiry job never act on it twice. */
export async function lockVerificationDocument(tx: Tx, documentId: string) {
  await tx.$queryRaw`SELECT id FROM "VerificationDocument" WHERE id = ${documentId} FOR UPDATE`;
  const document = await tx.verificationDocument.findUnique({ where: { id: documentId }, select: { id: true, providerId: true, kind: true, status: true, expiresAt: true } });
  if (!document) throw notFound("Document");
  return document;
}
