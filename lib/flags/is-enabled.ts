import { AppError } from "../core/errors";
import { FLAGS, type FlagKey } from "./catalog";
import { readFlagStates } from "./flag-cache";
import { flagOverride } from "./overrides";

/** The one way to read a flag: its stored state (or default), through a cache of a few seconds. */
export async function isEnabled(flag: FlagKey): Promise<boolean> {
  return flagOverride(flag) ?? (await readFlagStates())[flag];
}

/**
 * The kill-switch guard, first line of the use cases it protects: 503 FEATURE_DISABLED with the
 * flag's message, which routes answer as `{ error: { code, message, details: { flag } } }` and
 * server actions return.
 */
export async function assertEnabled(flag: FlagKey): Promise<void> {
  if (!(await isEnabled(flag))) throw new AppError("FEATURE_DISABLED", FLAGS[flag].pausedMessage, { flag });
}
