import { db } from "../core/db";
import { badgesInForce } from "./derive-verification";

/**
 * The badges a provider's public page shows: one per kind, with the date it lasts until. Read from
 * the documents (not the profile column) so a badge past its expiry is gone even before the
 * scheduler's next tick marks it.
 */
export async function listProviderBadges({ providerId, now = new Date() }: { providerId: string; now?: Date }) {
  const documents = await db.verificationDocument.findMany({
    where: { providerId, status: "APPROVED", expiresAt: { gt: now } },
    select: { kind: true, status: true, expiresAt: true, createdAt: true },
  });
  return badgesInForce(documents, now).map((d) => ({ kind: d.kind, expiresAt: d.expiresAt!.toISOString() }));
}

export type ProviderBadge = Awaited<ReturnType<typeof listProviderBadges>>[number];
