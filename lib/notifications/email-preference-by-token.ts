import { db } from "../core/db";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { isTransactionalEmail, notificationTypeInfo } from "./notification-types";
import { preferenceAudit, savePreference } from "./preference-store";
import { UnsubscribeInput } from "./schemas";
import { verifyUnsubscribeToken, type UnsubscribeClaim } from "./unsubscribe-token";

export interface UnsubscribeResult {
  type: string;
  /** e.g. "Reminders", for "You won't get Reminders emails any more". */
  label: string;
  /** False when it was already in that state (a second click, a mail client's retry). */
  changed: boolean;
}

/**
 * Sets the email channel of the token's user and type. The signed token is the only credential (no
 * session: the link is opened from a mailbox, maybe on another device), and it can do nothing else.
 * Any token we did not sign, for a user who no longer exists, or for a type that cannot be switched
 * off is a 400 with the same message, so the answer reveals nothing.
 */
export async function setEmailPreferenceByToken(input: { token: string }, email: boolean, action: string): Promise<UnsubscribeResult> {
  const { token } = parseInput(UnsubscribeInput, input);
  const claim = await validClaim(verifyUnsubscribeToken(token));
  const label = notificationTypeInfo(claim.type)!.label;
  const changed = await transactional(async (tx) => {
    const change = await savePreference(tx, { userId: claim.userId, type: claim.type, email });
    if (change) await tx.auditLog.create({ data: preferenceAudit(claim.userId, claim.userId, action, [change]) });
    return change !== null;
  });
  return { type: claim.type, label, changed };
}

async function validClaim(claim: UnsubscribeClaim | null): Promise<UnsubscribeClaim> {
  const invalid = () => new AppError("BAD_REQUEST", "This unsubscribe link is not valid. Manage your emails from your notification settings.");
  if (!claim || !notificationTypeInfo(claim.type) || isTransactionalEmail(claim.type)) throw invalid();
  const user = await db.user.findUnique({ where: { id: claim.userId }, select: { id: true } });
  if (!user) throw invalid();
  return claim;
}
