import type { ActionError } from "@/lib/core/action";

export interface ShownError {
  message: string;
  /** The bounty moved on (someone else acted first): offer a refresh. */
  stale: boolean;
}

/** What to show when a bounty action fails; field errors are handled by the forms themselves. */
export function bountyErrorMessage(error: ActionError): ShownError {
  const details = (error.details ?? {}) as { fields?: Record<string, string[]> };
  if (error.code === "VALIDATION_FAILED") {
    const first = Object.values(details.fields ?? {})[0]?.[0];
    return { message: first ?? error.message, stale: false };
  }
  if (error.code === "UNAUTHENTICATED") return { message: "Your session ended. Sign in again to continue.", stale: false };
  if (error.code === "NOT_FOUND") return { message: "This bounty or offer no longer exists.", stale: true };
  return { message: error.message, stale: error.code === "INVALID_STATE" || error.code === "CONFLICT" };
}

/**
 * Puts the server's field errors (422 details.fields) on the form's own fields; answers whether
 * any landed, so the caller shows the general message otherwise.
 */
export function applyFieldErrors<N extends string>(error: ActionError, fields: readonly N[], setError: (name: N, e: { type: string; message: string }) => void): boolean {
  const byField = (error.details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
  let shown = false;
  for (const [path, messages] of Object.entries(byField)) {
    const name = path.split(".")[0] as N;
    if (fields.includes(name) && messages[0]) {
      setError(name, { type: "server", message: messages[0] });
      shown = true;
    }
  }
  return shown;
}
