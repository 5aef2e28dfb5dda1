import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { AppError } from "../core/errors";
import { getStorage } from "../adapters/storage";
import { sniffFileType } from "../messaging/sniff-file-type";
import { IMAGE_SIZES, imageVariantKey, type ImageSize } from "./profile-dto";
import { MAX_PROFILE_IMAGE_BYTES } from "./schemas";

const fileError = (message: string) => new AppError("VALIDATION_FAILED", message, { fields: { file: [message] } });

/**
 * Turns an upload into the web sizes the pages use (WebP, 1200 px and 400 px on the long side,
 * never enlarged, rotated per EXIF, metadata stripped) and stores both. What the file is comes from
 * its bytes, never its name or declared type; sharp then has to decode it, so a file that merely
 * starts like an image is refused too. Answers the key prefix the variants share.
 */
export async function storeWebImages({ bytes, prefix }: { bytes: Buffer; prefix: string }): Promise<string> {
  if (bytes.length === 0) throw fileError("The file is empty");
  if (bytes.length > MAX_PROFILE_IMAGE_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `Images are at most ${MAX_PROFILE_IMAGE_BYTES / 1024 / 1024} MB`);
  if (sniffFileType(bytes)?.kind !== "image") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Upload a JPEG, PNG, WebP or GIF image");

  const key = `${prefix}/${randomBytes(9).toString("hex")}`;
  const variants = await Promise.all(
    (Object.keys(IMAGE_SIZES) as ImageSize[]).map(async (size) => {
      const body = await sharp(bytes, { limitInputPixels: 40_000_000 })
        .rotate()
        .resize({ width: IMAGE_SIZES[size], height: IMAGE_SIZES[size], fit: "inside", withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer()
        .catch(() => {
          throw fileError("This image could not be read; try another file");
        });
      return { key: imageVariantKey(key, size), body };
    }),
  );
  const storage = getStorage();
  for (const variant of variants) await storage.put({ key: variant.key, body: variant.body, contentType: "image/webp" });
  return key;
}

/** Best effort: a file left behind costs disk, a failed request would cost the provider's edit. */
export async function deleteWebImages(key: string): Promise<void> {
  const storage = getStorage();
  await Promise.all((Object.keys(IMAGE_SIZES) as ImageSize[]).map((size) => storage.delete(imageVariantKey(key, size)).catch(() => undefined)));
}
