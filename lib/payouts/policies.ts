import type { Actor } from "../core/auth/actor";
import type { Db, Tx } from "../core/db";
import { forbidden, notFound } from "../core/errors";

/**
 * Payout accounts, balances and payouts belong to the provider alone. The provider id always
 * comes from the session, never from input, so nobody can name another provider's account.
 */
export function assertIsProvider(actor: Actor): string {
  if (actor.role !== "PROVIDER" || !actor.providerId) throw forbidden("Only providers have payouts");
  return actor.providerId;
}

/** The revenue page shows every provider's money: administrators only. */
export function assertIsAdmin(actor: Actor): void {
  if (actor.role !== "ADMIN") throw forbidden("Only administrators can see platform revenue");
}

export const payoutProfileSelect = {
  id: true,
  country: true,
  stripeAccountId: true,
  detailsSubmitted: true,
  payoutsEnabled: true,
  user: { select: { email: true } },
} as const;

/** The actor's own profile, checked against the user too: a stale session must not reach another profile. */
export async function findOwnPayoutProfile(client: Db | Tx, actor: Actor) {
  const providerId = assertIsProvider(actor);
  const profile = await client.providerProfile.findFirst({ where: { id: providerId, userId: actor.userId }, select: payoutProfileSelect });
  if (!profile) throw notFound("Provider profile");
  return profile;
}

/**
 * Like findOwnPayoutProfile, and holds the profile row until commit: payouts and account-status
 * changes of one provider run one after another, so two of them never read the same balance.
 */
export async function lockOwnPayoutProfile(tx: Tx, actor: Actor) {
  const profile = await findOwnPayoutProfile(tx, actor);
  await tx.$queryRaw`SELECT id FROM "ProviderProfile" WHERE id = ${profile.id} FOR UPDATE`;
  // Re-read under the lock: the first read may predate a commit we waited for.
  return tx.providerProfile.findUniqueOrThrow({ where: { id: profile.id }, select: payoutProfileSelect });
}
