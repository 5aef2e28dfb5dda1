import { z } from "zod";
import { FLAG_KEYS, type FlagKey } from "./catalog";

export const SetFeatureFlagInput = z.object({
  key: z.enum(FLAG_KEYS as [FlagKey, ...FlagKey[]], { message: "Unknown flag" }),
  enabled: z.boolean(),
  /** Kept in the audit trail: the next person on call wants to know why production changed. */
  reason: z.string().trim().min(3, "Say why (at least 3 characters)").max(500, "Keep the reason under 500 characters"),
});
export type SetFeatureFlagInput = z.input<typeof SetFeatureFlagInput>;
