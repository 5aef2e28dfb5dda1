import type { Tx } from "../../core/db";
import { notFound } from "../../core/errors";

/**
 * The account row, locked for the rest of the transaction: two admins suspending and
 * unsuspending at once apply one after the other, each against the state the other left.
 */
export async function lockAccount(tx: Tx, userId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (!locked.length) throw notFound("User");
  return tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, role: true, isSuperAdmin: true, disabledAt: true, deletedAt: true, providerProfile: { select: { id: true } } },
  });
}
