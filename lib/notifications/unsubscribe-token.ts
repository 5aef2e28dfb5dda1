import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl, authSecret } from "../core/env";

/**
 * The credential in an email's unsubscribe link: who and which type, signed. It never expires
 * (an old email's link must still work, and all it can do is switch one email type off or back on
 * for the one user it names), but it cannot be altered: the HMAC covers both fields, under a key
 * derived from authSecret for this purpose only (like the file-URL key in lib/adapters/storage).
 */
export const unsubscribeSigningSecret = createHmac("sha256", authSecret).update("hearth:email-unsubscribe").digest("base64url");

const VERSION = "v1";
const MAX_TOKEN_LENGTH = 600;

export interface UnsubscribeClaim {
  userId: string;
  type: string;
}

function signature({ userId, type }: UnsubscribeClaim, secret: string): string {
  return createHmac("sha256", secret).update(`unsubscribe\n${userId}\n${type}`).digest("base64url");
}

export function signUnsubscribeToken(claim: UnsubscribeClaim, secret = unsubscribeSigningSecret): string {
  if (!claim.userId || !claim.type || /\n/.test(claim.userId + claim.type)) throw new RangeError("userId and type must be non-empty single-line strings");
  const payload = Buffer.from(`${claim.userId}\n${claim.type}`, "utf8").toString("base64url");
  return `${VERSION}.${payload}.${signature(claim, secret)}`;
}

/** The claim of a token we signed, or null for anything else (malformed, tampered, another key). */
export function verifyUnsubscribeToken(token: string | null | undefined, secret = unsubscribeSigningSecret): UnsubscribeClaim | null {
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  const [version, payload, sig, ...rest] = token.split(".");
  if (version !== VERSION || !payload || !sig || rest.length > 0) return null;
  const [userId, type, ...extra] = Buffer.from(payload, "base64url").toString("utf8").split("\n");
  if (!userId || !type || extra.length > 0) return null;
  const expected = Buffer.from(signature({ userId, type }, secret));
  const given = Buffer.from(sig);
  // timingSafeEqual throws on unequal lengths; the length of an HMAC is no secret.
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, type };
}

/** The landing page a person clicks (GET shows the outcome). */
export function unsubscribeUrl(token: string): string {
  return new URL(`/unsubscribe?token=${encodeURIComponent(token)}`, appUrl).toString();
}

/** The RFC 8058 one-click endpoint mail clients POST to (List-Unsubscribe). */
export function oneClickUnsubscribeUrl(token: string): string {
  return new URL(`/unsubscribe/one-click?token=${encodeURIComponent(token)}`, appUrl).toString();
}

export function notificationSettingsUrl(): string {
  return new URL("/account/settings/notifications", appUrl).toString();
}
