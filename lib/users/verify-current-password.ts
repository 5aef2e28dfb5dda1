import type { Tx } from "../core/db";
import { AppError, notFound } from "../core/errors";
import { verifyPassword } from "../core/auth/password";
import { accountPasswordLimiter } from "./account-limits";

/**
 * Sensitive settings ask for the current password, so a session left open on a shared computer
 * cannot take the account over. Failures count like sign-in failures do.
 */
export async function verifyCurrentPassword(tx: Tx, { userId, password, field }: { userId: string; password: string; field: string }): Promise<void> {
  await accountPasswordLimiter.check(userId);
  const user = await tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw notFound("User");
  if (!(await verifyPassword(user.passwordHash, password))) {
    await accountPasswordLimiter.consume(userId);
    throw new AppError("VALIDATION_FAILED", "Your password is incorrect", { fields: { [field]: ["Your password is incorrect"] } });
  }
  await accountPasswordLimiter.reset(userId);
}
