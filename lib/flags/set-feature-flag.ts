import type { Actor } from "../core/auth/actor";
import { logger } from "../core/logger";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { FLAGS } from "./catalog";
import { invalidateFlagCache } from "./flag-cache";
import { assertCanManageFlags } from "./policies";
import { SetFeatureFlagInput } from "./schemas";
import { flagDto, type FeatureFlagDto } from "./list-feature-flags";

export type SetFeatureFlagOptions = SetFeatureFlagInput & { actor: Actor };

/**
 * An admin turns a flag on or off, with a reason. The row, its AuditLog entry and the
 * feature_flag.changed event commit together; the cache is dropped after commit so every
 * instance reads the new state at once (the event's handler drops it again, retried, should this
 * delete fail). Setting a flag to the state it has is recorded too: someone meant it.
 */
export async function setFeatureFlag({ actor, ...raw }: SetFeatureFlagOptions): Promise<FeatureFlagDto> {
  assertCanManageFlags(actor);
  const { key, enabled, reason } = parseInput(SetFeatureFlagInput, raw);
  const row = await transactional(async (tx) => {
    // Locks the flag's row, so two admins flipping at once leave a trail in commit order.
    const before = await tx.$queryRaw<{ enabled: boolean }[]>`SELECT enabled FROM "FeatureFlag" WHERE key = ${key} FOR UPDATE`;
    const previous = before[0]?.enabled ?? FLAGS[key].default;
    const updated = await tx.featureFlag.upsert({
      where: { key },
      create: { key, enabled, description: FLAGS[key].description },
      update: { enabled, description: FLAGS[key].description },
      select: { key: true, enabled: true, updatedAt: true },
    });
    await recordEvent(tx, { type: "feature_flag.changed", actorId: actor.userId, entity: { type: "FeatureFlag", id: key }, data: { key, enabled, previous, reason } });
    return updated;
  });
  try {
    await invalidateFlagCache();
  } catch (error) {
    logger.warn({ err: error, flag: key }, "flag cache invalidation failed; the event handler retries it");
  }
  return flagDto(key, row);
}
