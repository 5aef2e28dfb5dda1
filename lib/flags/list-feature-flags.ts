import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { FLAGS, FLAG_KEYS, type FlagKey } from "./catalog";
import { assertCanManageFlags } from "./policies";

export interface FeatureFlagDto {
  key: FlagKey;
  kind: "kill-switch" | "feature";
  enabled: boolean;
  defaultEnabled: boolean;
  description: string;
  /** ISO; null while the flag has never been set (it has its default). */
  updatedAt: string | null;
}

export function flagDto(key: FlagKey, row: { enabled: boolean; updatedAt: Date } | undefined): FeatureFlagDto {
  const definition = FLAGS[key];
  return {
    key,
    kind: definition.kind,
    enabled: row?.enabled ?? definition.default,
    defaultEnabled: definition.default,
    description: definition.description,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** Every known flag with its state as stored now (not cached: the admin page must show the truth). */
export async function listFeatureFlags({ actor }: { actor: Actor }): Promise<FeatureFlagDto[]> {
  assertCanManageFlags(actor);
  const rows = await db.featureFlag.findMany({ where: { key: { in: FLAG_KEYS } }, select: { key: true, enabled: true, updatedAt: true } });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return FLAG_KEYS.map((key) => flagDto(key, byKey.get(key)));
}
