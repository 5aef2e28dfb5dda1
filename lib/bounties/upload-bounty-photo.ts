import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { getStorage } from "../adapters/storage";
import { newPhotoKey, PHOTO_URL_TTL_SECONDS, sniffImage } from "./photos";
import { MAX_BOUNTY_PHOTO_BYTES } from "./schemas";

/**
 * Stores one photo for a bounty that is being written (the poster's) or for work evidence (the
 * provider's) and answers its key, which postBounty / submitWork accept only from its uploader.
 * The type is decided by the bytes: a renamed PDF or an SVG (scriptable) is refused.
 */
export async function uploadBountyPhoto({ actor, bytes, fileName }: { actor: Actor; bytes: Buffer; fileName: string }): Promise<{ key: string; url: string }> {
  if (actor.role === "ADMIN") throw new AppError("FORBIDDEN", "Admins do not upload bounty photos");
  if (bytes.length === 0) throw new AppError("VALIDATION_FAILED", "The file is empty", { fields: { file: ["The file is empty"] } });
  if (bytes.length > MAX_BOUNTY_PHOTO_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `Photos are at most ${MAX_BOUNTY_PHOTO_BYTES / 1024 / 1024} MB`);
  const image = sniffImage(bytes);
  if (!image) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Upload a JPEG, PNG, WebP or GIF image");
  const key = newPhotoKey(actor.userId, fileName, image.ext);
  const storage = getStorage();
  await storage.put({ key, body: bytes, contentType: image.type });
  return { key, url: storage.signedUrl(key, PHOTO_URL_TTL_SECONDS) };
}
