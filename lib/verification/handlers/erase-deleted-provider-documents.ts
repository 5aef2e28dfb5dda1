import { getStorage } from "../../adapters/storage";
import type { Handler } from "../../events/handler";
import { syncProviderVerification } from "../sync-provider-verification";

/**
 * A deleted account keeps its bookings and ledger rows, but not its identity papers: once the
 * deletion has committed, every verification document's file leaves storage and its row goes,
 * and the badges with them. Safe to run again: a deleted object is a no-op to delete, and a retry
 * finds only the rows it had not reached.
 */
export const eraseDeletedProviderDocuments: Handler<"user.deleted"> = async (event, { db }) => {
  const provider = await db.providerProfile.findUnique({ where: { userId: event.payload.data.userId }, select: { id: true } });
  if (!provider) return;
  const documents = await db.verificationDocument.findMany({ where: { providerId: provider.id }, select: { id: true, storageKey: true } });
  if (!documents.length) return;
  const storage = getStorage();
  for (const document of documents) await storage.delete(document.storageKey);
  await db.$transaction(async (tx) => {
    await tx.verificationDocument.deleteMany({ where: { id: { in: documents.map((d) => d.id) } } });
    await syncProviderVerification(tx, provider.id, new Date());
  });
};
