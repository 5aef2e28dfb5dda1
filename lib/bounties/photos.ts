import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "../core/env";
import { AppError } from "../core/errors";
import { getStorage } from "../adapters/storage";
import { sniffFileType } from "../messaging/sniff-file-type";

/**
 * Bounty photos (the job's and the provider's evidence): images checked by their bytes, never by
 * the name or the browser's content type, stored under `bounties/<upload id>/<name>` and shown
 * through short-lived signed URLs.
 *
 * The upload id carries an HMAC of the uploader's user id, so a bounty or a submission can only
 * reference photos its author uploaded, without a table of uploads.
 */

export const PHOTO_URL_TTL_SECONDS = 60 * 60;

/** The image type the bytes really are (JPEG, PNG, WebP or GIF; messaging's sniffer), or null. */
export function sniffImage(bytes: Buffer): { type: string; ext: string } | null {
  const sniffed = sniffFileType(bytes);
  return sniffed?.kind === "image" ? { type: sniffed.contentType, ext: sniffed.extension } : null;
}

const signUpload = (userId: string, nonce: string) => createHmac("sha256", authSecret).update(`bounty-photo:${userId}:${nonce}`).digest("base64url").slice(0, 16).replace(/[^a-zA-Z0-9]/g, "0");

/** `photo.JPG`, `../../x.png` or `my holiday (1).png` → a safe, short base name (no path) with the sniffed extension. */
export function photoFileName(fileName: string, ext: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "").toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `${base || "photo"}.${ext}`;
}

export function newPhotoKey(userId: string, fileName: string, ext: string): string {
  const nonce = randomBytes(9).toString("hex");
  return `bounties/up-${nonce}-${signUpload(userId, nonce)}/${photoFileName(fileName, ext)}`;
}

const KEY = /^bounties\/up-([0-9a-f]{18})-([a-zA-Z0-9]{16})\/[a-z0-9_-]+\.(jpg|png|gif|webp)$/;

/** Whether `key` is a photo this user uploaded. */
export function isOwnPhotoKey(userId: string, key: string): boolean {
  const match = KEY.exec(key);
  if (!match) return false;
  const expected = Buffer.from(signUpload(userId, match[1]));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** 422 on the field unless every key is one of the actor's own uploads. */
export function assertOwnPhotoKeys(userId: string, keys: string[], field = "photoKeys"): void {
  const foreign = keys.filter((key) => !isOwnPhotoKey(userId, key));
  if (foreign.length) throw new AppError("VALIDATION_FAILED", "Some photos are not your uploads; upload them again", { fields: { [field]: ["Upload these photos again"] }, keys: foreign });
  if (new Set(keys).size !== keys.length) throw new AppError("VALIDATION_FAILED", "The same photo appears twice", { fields: { [field]: ["The same photo appears twice"] } });
}

export function photoUrls(keys: string[]): { key: string; url: string }[] {
  if (!keys.length) return [];
  const storage = getStorage();
  return keys.map((key) => ({ key, url: storage.signedUrl(key, PHOTO_URL_TTL_SECONDS) }));
}
