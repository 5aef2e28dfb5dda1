import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { loadOwnProfile } from "./own-profile";
import { toMyProfileDto } from "./profile-dto";

/** The signed-in provider's editable profile, with signed links to their photos. */
export async function getMyProfile({ actor }: { actor: Actor }) {
  return toMyProfileDto(await loadOwnProfile(db, actor));
}
