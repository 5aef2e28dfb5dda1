import type { Actor } from "../core/auth/actor";
import type { Db, Tx } from "../core/db";
import { notFound } from "../core/errors";
import { myProfileSelect, type MyProfileRow } from "./profile-dto";
import { assertIsProvider } from "./policies";

/**
 * The actor's own profile, matched on the user too (a stale session must not reach another
 * profile), locked until commit when `lock` is set so concurrent edits apply one after the other.
 */
export async function loadOwnProfile(client: Db | Tx, actor: Actor, { lock = false } = {}): Promise<MyProfileRow> {
  const providerId = assertIsProvider(actor);
  if (lock) await (client as Tx).$queryRaw`SELECT id FROM "ProviderProfile" WHERE id = ${providerId} AND "userId" = ${actor.userId} FOR UPDATE`;
  const profile = await client.providerProfile.findFirst({ where: { id: providerId, userId: actor.userId }, select: myProfileSelect });
  if (!profile) throw notFound("Provider profile");
  return profile;
}
