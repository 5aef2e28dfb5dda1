import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { loadOwnProfile } from "./own-profile";
import { myProfileSelect, toMyProfileDto } from "./profile-dto";
import { assertIsProvider } from "./policies";
import { MAX_GALLERY_IMAGES, ProfileImageKind } from "./schemas";
import { db } from "../core/db";
import { deleteWebImages, storeWebImages } from "./web-images";

/**
 * Sets the profile photo (replacing the old one) or adds a gallery image. The images are resized
 * and stored before the transaction (no file I/O under a row lock); if the profile write then
 * fails, the new files are removed again.
 */
export async function uploadProfileImage({ actor, kind, bytes }: { actor: Actor; kind: ProfileImageKind; bytes: Buffer }) {
  const providerId = assertIsProvider(actor);
  parseInput(ProfileImageKind, kind);
  const before = await loadOwnProfile(db, actor);
  if (kind === "gallery" && before.galleryKeys.length >= MAX_GALLERY_IMAGES) throw galleryFull();

  const key = await storeWebImages({ bytes, prefix: `providers/${providerId}/${kind}` });
  let replaced: string | null = null;
  try {
    const updated = await transactional(async (tx) => {
      const current = await loadOwnProfile(tx, actor, { lock: true });
      if (kind === "gallery" && current.galleryKeys.length >= MAX_GALLERY_IMAGES) throw galleryFull();
      replaced = kind === "photo" ? current.photoKey : null;
      const row = await tx.providerProfile.update({
        where: { id: current.id },
        data: kind === "photo" ? { photoKey: key } : { galleryKeys: [...current.galleryKeys, key] },
        select: myProfileSelect,
      });
      await recordEvent(tx, {
        type: "provider.profile_updated",
        actorId: actor.userId,
        entity: { type: "ProviderProfile", id: current.id },
        data: { providerId: current.id, fields: [kind === "photo" ? "photo" : "gallery"] },
      });
      return row;
    });
    if (replaced) await deleteWebImages(replaced);
    return toMyProfileDto(updated);
  } catch (error) {
    await deleteWebImages(key);
    throw error;
  }
}

function galleryFull() {
  const message = `The gallery holds at most ${MAX_GALLERY_IMAGES} images; remove one first`;
  return new AppError("VALIDATION_FAILED", message, { fields: { file: [message] } });
}
