import { AppError } from "../core/errors";
import { hashPassword } from "../core/auth/password";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { consumeAccountToken } from "./account-tokens";
import { ResetPasswordInput } from "./schemas";

const invalidLink = () =>
  new AppError("INVALID_STATE", "This reset link is invalid or has expired. Ask for a new one.", { fields: { token: ["This reset link is invalid or has expired"] } });

/**
 * Sets a new password from an emailed link. The token is used up, and the session version bumps
 * so every session signed in before (perhaps the attacker's) stops resolving to an actor.
 */
export async function resetPassword({ now = new Date(), ...input }: ResetPasswordInput & { now?: Date }): Promise<void> {
  const { token, password } = parseInput(ResetPasswordInput, input);
  const passwordHash = await hashPassword(password);
  await transactional(async (tx) => {
    const used = await consumeAccountToken(tx, { token, purpose: "PASSWORD_RESET", now });
    if (!used) throw invalidLink();
    const user = await tx.user.findUnique({ where: { id: used.userId }, select: { disabledAt: true } });
    if (!user || user.disabledAt) throw invalidLink();
    await tx.user.update({ where: { id: used.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // Following the emailed link also proves the address is theirs.
    await tx.user.updateMany({ where: { id: used.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await recordEvent(tx, { type: "user.password_changed", actorId: used.userId, entity: { type: "User", id: used.userId }, data: { userId: used.userId, via: "reset" } });
  });
}
