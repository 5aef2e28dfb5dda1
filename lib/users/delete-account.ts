import { randomBytes } from "node:crypto";
import type { Actor } from "../core/auth/actor";
import { hashPassword } from "../core/auth/password";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { findOpenMatters, type OpenMatter } from "./find-open-matters";
import { assertOwnAccount } from "./policies";
import { DeleteAccountInput } from "./schemas";
import { verifyCurrentPassword } from "./verify-current-password";

/** The address a deleted account keeps: unique, unroutable (.invalid, RFC 2606), tied to no person. */
export const tombstoneEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

/**
 * Deletes an account by anonymising it, never by removing rows: payments, ledger transactions,
 * bookings, reviews, messages and the audit trail reference the user id, and the ledger must
 * balance forever. The name and email become a tombstone, the password an unusable random hash,
 * sign-in is disabled and every session ends. Personal data nothing else needs (pending links,
 * in-app notifications, preferences) is removed. Open matters (upcoming bookings, held money,
 * disputes) stay in place for the other side and support; the answer lists them.
 */
export async function deleteAccount({ actor, userId, now = new Date(), ...input }: DeleteAccountInput & { actor: Actor; userId?: string; now?: Date }): Promise<{ openMatters: OpenMatter[] }> {
  const ownId = assertOwnAccount(actor, userId);
  const { password } = parseInput(DeleteAccountInput, input);
  const unusableHash = await hashPassword(randomBytes(32).toString("hex"));
  return transactional(async (tx) => {
    await verifyCurrentPassword(tx, { userId: ownId, password, field: "password" });
    const openMatters = await findOpenMatters(tx, { userId: ownId, providerId: actor.providerId, now });
    await tx.user.update({
      where: { id: ownId },
      data: {
        name: "Deleted user",
        email: tombstoneEmail(ownId),
        pendingEmail: null,
        passwordHash: unusableHash,
        disabledAt: now,
        deletedAt: now,
        sessionVersion: { increment: 1 },
      },
    });
    await tx.accountToken.deleteMany({ where: { userId: ownId } });
    await tx.notification.deleteMany({ where: { userId: ownId } });
    await tx.notificationPreference.deleteMany({ where: { userId: ownId } });
    await recordEvent(tx, { type: "user.deleted", actorId: ownId, entity: { type: "User", id: ownId }, data: { userId: ownId } });
    return { openMatters };
  });
}
