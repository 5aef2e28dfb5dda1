import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { assertOwnAccount } from "./policies";
import { ChangeEmailInput } from "./schemas";
import { verifyCurrentPassword } from "./verify-current-password";

const taken = () => new AppError("CONFLICT", "An account with this email already exists", { fields: { email: ["An account with this email already exists"] } });

/**
 * Puts a new address on hold and emails it a verification link; the current email stays the
 * sign-in address until the link is followed (verifyEmail), so a typo cannot lock anyone out.
 */
export async function changeEmail({ actor, userId, ...input }: ChangeEmailInput & { actor: Actor; userId?: string }): Promise<{ pendingEmail: string }> {
  const ownId = assertOwnAccount(actor, userId);
  const { email, currentPassword } = parseInput(ChangeEmailInput, input);
  return transactional(async (tx) => {
    await verifyCurrentPassword(tx, { userId: ownId, password: currentPassword, field: "currentPassword" });
    const current = await tx.user.findUniqueOrThrow({ where: { id: ownId }, select: { email: true } });
    if (current.email === email) throw new AppError("VALIDATION_FAILED", "This is already your email", { fields: { email: ["This is already your email"] } });
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw taken();
    await tx.user.update({ where: { id: ownId }, data: { pendingEmail: email } });
    await recordEvent(tx, { type: "user.verification_requested", actorId: ownId, entity: { type: "User", id: ownId }, data: { userId: ownId, email } });
    return { pendingEmail: email };
  });
}
