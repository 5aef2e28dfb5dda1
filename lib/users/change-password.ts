import type { Actor } from "../core/auth/actor";
import { hashPassword } from "../core/auth/password";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { assertOwnAccount } from "./policies";
import { ChangePasswordInput } from "./schemas";
import { verifyCurrentPassword } from "./verify-current-password";

/**
 * Changes the password and ends every session, this one included: the form signs in again with the
 * new password, which is how this device gets a token of the new session version.
 */
export async function changePassword({ actor, userId, ...input }: ChangePasswordInput & { actor: Actor; userId?: string }): Promise<void> {
  const ownId = assertOwnAccount(actor, userId);
  const { currentPassword, newPassword } = parseInput(ChangePasswordInput, input);
  const passwordHash = await hashPassword(newPassword);
  await transactional(async (tx) => {
    await verifyCurrentPassword(tx, { userId: ownId, password: currentPassword, field: "currentPassword" });
    await tx.user.update({ where: { id: ownId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.accountToken.updateMany({ where: { userId: ownId, purpose: "PASSWORD_RESET", usedAt: null }, data: { usedAt: new Date() } });
    await recordEvent(tx, { type: "user.password_changed", actorId: ownId, entity: { type: "User", id: ownId }, data: { userId: ownId, via: "settings" } });
  });
}
