import { createHmac, timingSafeEqual } from "node:crypto";
import { assertSafeKey } from "./keys";

/**
 * Signed app URLs stand in for S3 presigned GETs (the presigner package is not installed) and
 * work the same for local disk. The signature covers the key and the expiry, so neither can be
 * changed without invalidating it.
 */
export interface SignFileUrlOptions {
  key: string;
  ttlSeconds: number;
  secret: string;
  /** Injected for tests; defaults to the clock. */
  now?: Date;
}

export interface VerifyFileSignatureOptions {
  key: string;
  expires: string | number | null | undefined;
  sig: string | null | undefined;
  secret: string;
  now?: Date;
}

function signature(key: string, expires: number, secret: string): string {
  return createHmac("sha256", secret).update(`${key}\n${expires}`).digest("base64url");
}

export function signFileUrl({ key, ttlSeconds, secret, now = new Date() }: SignFileUrlOptions): string {
  assertSafeKey(key);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new RangeError("ttlSeconds must be a positive integer");
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const query = new URLSearchParams({ expires: String(expires), sig: signature(key, expires, secret) });
  return `/api/files/${key}?${query}`;
}

/** True only for an unexpired URL whose signature matches this key and expiry. */
export function verifyFileSignature({ key, expires, sig, secret, now = new Date() }: VerifyFileSignatureOptions): boolean {
  if (!sig || expires === null || expires === undefined) return false;
  const expiresAt = Number(expires);
  if (!Number.isSafeInteger(expiresAt) || String(expiresAt) !== String(expires)) return false;
  if (expiresAt <= Math.floor(now.getTime() / 1000)) return false;
  const expected = Buffer.from(signature(key, expiresAt, secret));
  const given = Buffer.from(sig);
  // timingSafeEqual throws on unequal lengths; the length itself reveals nothing secret.
  return expected.length === given.length && timingSafeEqual(expected, given);
}
