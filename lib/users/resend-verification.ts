import type { Actor } from "../core/auth/actor";
import { AppError, notFound } from "../core/errors";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { verificationResendLimiter } from "./account-limits";
import { assertOwnAccount } from "./policies";

/** Sends a fresh verification link to the address awaiting one (a pending new email first). */
export async function resendVerification({ actor }: { actor: Actor }): Promise<{ email: string }> {
  const userId = assertOwnAccount(actor);
  await verificationResendLimiter.consume(userId);
  return transactional(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, pendingEmail: true, emailVerifiedAt: true } });
    if (!user) throw notFound("User");
    const email = user.pendingEmail ?? (user.emailVerifiedAt ? null : user.email);
    if (!email) throw new AppError("INVALID_STATE", "Your email address is already verified");
    await recordEvent(tx, { type: "user.verification_requested", actorId: userId, entity: { type: "User", id: userId }, data: { userId, email } });
    return { email };
  });
}
