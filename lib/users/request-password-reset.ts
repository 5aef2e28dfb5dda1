import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { passwordResetLimiters } from "./account-limits";
import { RequestPasswordResetInput } from "./schemas";

/**
 * Starts a reset: records an event whose handler issues the token and emails the link, so the raw
 * token never reaches the database (the outbox holds only the user id). The caller learns nothing
 * about whether the address has an account: the answer is always undefined, and an unknown
 * address runs a transaction of the same shape instead of returning early.
 */
export async function requestPasswordReset({ ip, ...input }: RequestPasswordResetInput & { ip: string }): Promise<void> {
  const { email } = parseInput(RequestPasswordResetInput, input);
  await passwordResetLimiters.perIp.consume(ip);
  await passwordResetLimiters.perEmail.consume(email);
  await transactional(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
    if (!user || user.disabledAt) {
      // The same round trips as below, touching nothing.
      await tx.accountToken.updateMany({ where: { userId: "", purpose: "PASSWORD_RESET", usedAt: null }, data: { usedAt: new Date() } });
      return;
    }
    await recordEvent(tx, { type: "user.password_reset_requested", actorId: null, entity: { type: "User", id: user.id }, data: { userId: user.id } });
  });
}
