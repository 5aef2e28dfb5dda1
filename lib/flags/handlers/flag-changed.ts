import type { Handler } from "../../events/handler";
import { invalidateFlagCache } from "../flag-cache";

/**
 * setFeatureFlag already dropped the cache after commit; this drops it again from the outbox, so a
 * delete that failed then (a Redis blip) is retried with backoff instead of leaving the old state
 * cached until the TTL. Deleting twice is harmless.
 */
export const invalidateFlagCacheOnChange: Handler<"feature_flag.changed"> = async () => {
  await invalidateFlagCache();
};
