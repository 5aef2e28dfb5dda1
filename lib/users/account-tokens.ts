import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "../core/db";
import type { AccountTokenPurpose } from "../generated/prisma/enums";

/** How long an emailed link works. A reset link is short-lived; a verification link may sit in an inbox. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 60 * 60 * 1000,
  EMAIL_VERIFICATION: 48 * 60 * 60 * 1000,
};

/** Only this digest is stored: the raw token exists in the emailed link alone. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A fresh 32-byte token for the user; earlier unused tokens of the same purpose stop working, so
 * only the latest email's link is valid. Returns the raw token for the link.
 */
export async function issueAccountToken(
  tx: Tx,
  { userId, purpose, email = null, now = new Date() }: { userId: string; purpose: AccountTokenPurpose; email?: string | null; now?: Date },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  await tx.accountToken.create({
    data: { userId, purpose, email, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]) },
  });
  return token;
}

/**
 * Marks the token used and returns it, or null when it is unknown, used, expired or of another
 * purpose. The conditional update makes two concurrent uses of one link succeed at most once.
 */
export async function consumeAccountToken(client: Db | Tx, { token, purpose, now = new Date() }: { token: string; purpose: AccountTokenPurpose; now?: Date }) {
  const tokenHash = hashToken(token);
  const { count } = await client.accountToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count === 0) return null;
  return client.accountToken.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, userId: true, email: true } });
}
