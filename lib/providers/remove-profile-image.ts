import type { Actor } from "../core/auth/actor";
import { notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { loadOwnProfile } from "./own-profile";
import { myProfileSelect, toMyProfileDto } from "./profile-dto";
import { RemoveProfileImageInput } from "./schemas";
import { deleteWebImages } from "./web-images";

/** Removes the profile photo, or one gallery image by key; the files go after the commit. */
export async function removeProfileImage({ actor, ...input }: RemoveProfileImageInput & { actor: Actor }) {
  const { kind, key } = parseInput(RemoveProfileImageInput, input);
  let removed: string | null = null;
  const updated = await transactional(async (tx) => {
    const current = await loadOwnProfile(tx, actor, { lock: true });
    removed = kind === "photo" ? current.photoKey : (current.galleryKeys.find((k) => k === key) ?? null);
    if (!removed) throw notFound(kind === "photo" ? "Profile photo" : "Gallery image");
    const row = await tx.providerProfile.update({
      where: { id: current.id },
      data: kind === "photo" ? { photoKey: null } : { galleryKeys: current.galleryKeys.filter((k) => k !== removed) },
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
  if (removed) await deleteWebImages(removed);
  return toMyProfileDto(updated);
}
