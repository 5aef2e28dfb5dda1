import type { Actor } from "../core/auth/actor";
import type { Db, Tx } from "../core/db";
import { notFound } from "../core/errors";
import { assertCanManageAvailability } from "./policies";

export interface OwnProfile {
  id: string;
  timeZone: string;
}

/** The actor's provider profile, checked against the user too (a stale session must not reach another profile). */
export async function findOwnProfile(client: Db | Tx, actor: Actor): Promise<OwnProfile> {
  const providerId = assertCanManageAvailability(actor);
  const profile = await client.providerProfile.findFirst({ where: { id: providerId, userId: actor.userId }, select: { id: true, timeZone: true } });
  if (!profile) throw notFound("Provider profile");
  return profile;
}

/**
 * Like findOwnProfile, and holds the profile row until commit. Replacing hours is delete + insert:
 * without this lock two concurrent saves could both delete the old rows and both insert, leaving
 * the union of the two schedules.
 */
export async function lockOwnProfile(tx: Tx, actor: Actor): Promise<OwnProfile> {
  const profile = await findOwnProfile(tx, actor);
  await tx.$queryRaw`SELECT id FROM "ProviderProfile" WHERE id = ${profile.id} FOR UPDATE`;
  return profile;
}
