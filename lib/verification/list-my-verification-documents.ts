import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { toVerificationDocumentDto, verificationDocumentSelect } from "./dto";
import { assertVerifyingProvider } from "./policies";

/** The actor's own documents, newest first, with their review status. */
export async function listMyVerificationDocuments({ actor }: { actor: Actor | null }) {
  const providerId = assertVerifyingProvider(actor);
  const rows = await db.verificationDocument.findMany({
    where: { providerId, provider: { userId: actor!.userId } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: verificationDocumentSelect,
  });
  return rows.map(toVerificationDocumentDto);
}
