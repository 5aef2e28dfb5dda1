import { AppError } from "../core/errors";
import { Prisma } from "../core/db";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { consumeAccountToken } from "./account-tokens";
import { VerifyEmailInput } from "./schemas";

const invalidLink = () => new AppError("INVALID_STATE", "This verification link is invalid or has expired. Ask for a new one.");

/**
 * Confirms the address a link was sent to: the sign-up email becomes verified, or a pending new
 * email replaces the old one (checked for uniqueness again, since another account may have taken
 * it meanwhile). No session is needed, so the link works on another device.
 */
export async function verifyEmail({ now = new Date(), ...input }: VerifyEmailInput & { now?: Date }): Promise<{ email: string }> {
  const { token } = parseInput(VerifyEmailInput, input);
  try {
    return await transactional(async (tx) => {
      const used = await consumeAccountToken(tx, { token, purpose: "EMAIL_VERIFICATION", now });
      if (!used?.email) throw invalidLink();
      const user = await tx.user.findUnique({ where: { id: used.userId }, select: { email: true, pendingEmail: true, disabledAt: true } });
      if (!user || user.disabledAt) throw invalidLink();
      if (used.email !== user.email && used.email !== user.pendingEmail) throw invalidLink();
      await tx.user.update({
        where: { id: used.userId },
        data: used.email === user.email ? { emailVerifiedAt: now } : { email: used.email, pendingEmail: null, emailVerifiedAt: now },
      });
      await recordEvent(tx, { type: "user.email_verified", actorId: used.userId, entity: { type: "User", id: used.userId }, data: { userId: used.userId, email: used.email } });
      return { email: used.email };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Another account uses this email now. Choose a different one in your settings.");
    }
    throw error;
  }
}
