import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { loadOwnProfile } from "./own-profile";
import { myProfileSelect, PROFILE_FIELD_KEYS, toMyProfileDto } from "./profile-dto";
import { sanitizeBio } from "./sanitize-bio";
import { UpdateProviderProfileInput } from "./schemas";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes the signed-in provider's public profile. The bio is stored sanitized (plain text). Only
 * fields that really change are written; the audit row and the `provider.profile_updated` event
 * (for caches and search) carry them, and saving the same values again records nothing.
 * The slug stays: links already shared keep working after a rename.
 */
export async function updateProviderProfile({ actor, ...input }: UpdateProviderProfileInput & { actor: Actor }) {
  const data = parseInput(UpdateProviderProfileInput, input);
  if (data.bio !== undefined) data.bio = sanitizeBio(data.bio);
  return transactional(async (tx) => {
    const current = await loadOwnProfile(tx, actor, { lock: true });
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of PROFILE_FIELD_KEYS) {
      if (data[key] !== undefined && !same(data[key], current[key])) changes[key] = { from: current[key], to: data[key] };
    }
    const fields = Object.keys(changes);
    if (!fields.length) return toMyProfileDto(current);

    const changed = Object.fromEntries(fields.map((key) => [key, changes[key].to]));
    const updated = await tx.providerProfile.update({ where: { id: current.id }, data: changed, select: myProfileSelect });
    await recordEvent(tx, {
      type: "provider.profile_updated",
      actorId: actor.userId,
      entity: { type: "ProviderProfile", id: current.id },
      data: { providerId: current.id, fields },
    });
    return toMyProfileDto(updated);
  });
}
