import type { Tx } from "../core/db";
import { deriveVerification } from "./derive-verification";

/**
 * Recomputes ProviderProfile.verification / verifiedAt / verifiedUntil from the documents, in the
 * caller's transaction, so the columns search and bounties read never disagree with the badges.
 * The profile row is locked first: two admins approving, or an approval racing the expiry job, for
 * one provider apply one after the other and the last one sees every document.
 */
export async function syncProviderVerification(tx: Tx, providerId: string, now: Date) {
  await tx.$queryRaw`SELECT id FROM "ProviderProfile" WHERE id = ${providerId} FOR UPDATE`;
  const profile = await tx.providerProfile.findUniqueOrThrow({ where: { id: providerId }, select: { verification: true, verifiedAt: true, verifiedUntil: true } });
  const documents = await tx.verificationDocument.findMany({ where: { providerId }, select: { kind: true, status: true, expiresAt: true, createdAt: true } });
  const derived = deriveVerification(documents, now, { state: profile.verification, verifiedUntil: profile.verifiedUntil });
  const verified = derived.state === "VERIFIED";
  // verifiedAt: when the current unbroken spell of being verified began.
  const verifiedAt = verified ? (profile.verification === "VERIFIED" && profile.verifiedAt ? profile.verifiedAt : now) : null;
  await tx.providerProfile.update({ where: { id: providerId }, data: { verification: derived.state, verifiedUntil: derived.verifiedUntil, verifiedAt } });
  return { ...derived, changed: profile.verification !== derived.state };
}
