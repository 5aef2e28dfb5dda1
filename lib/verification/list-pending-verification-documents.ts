import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { toVerificationDocumentDto, verificationDocumentSelect } from "./dto";
import { assertVerificationAdmin } from "./policies";

/** The admin queue: pending documents, oldest first (first come, first reviewed), with their provider. */
export async function listPendingVerificationDocuments({ actor, limit = 100 }: { actor: Actor | null; limit?: number }) {
  assertVerificationAdmin(actor);
  const rows = await db.verificationDocument.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    take: Math.min(Math.max(limit, 1), 200),
    select: { ...verificationDocumentSelect, provider: { select: { slug: true, businessName: true } } },
  });
  return rows.map(({ provider, ...row }) => ({ ...toVerificationDocumentDto(row), provider }));
}

export type PendingVerificationDocument = Awaited<ReturnType<typeof listPendingVerificationDocuments>>[number];
