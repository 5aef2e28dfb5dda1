import { AsyncLocalStorage } from "node:async_hooks";
import type { FlagKey } from "./catalog";

const overrides = new AsyncLocalStorage<Partial<Record<FlagKey, boolean>>>();

/**
 * Runs `work` with some flags forced, for everything it awaits and nothing else. Tests use it on
 * a shared database (PostgreSQL in CI), where turning a real kill switch off would pause the
 * feature for every other test file running at the same moment.
 */
export function withFlagOverrides<T>(forced: Partial<Record<FlagKey, boolean>>, work: () => Promise<T>): Promise<T> {
  return overrides.run({ ...overrides.getStore(), ...forced }, work);
}

export function flagOverride(flag: FlagKey): boolean | undefined {
  return overrides.getStore()?.[flag];
}
