import type { ActionError } from "@/lib/core/action";

export type LifecycleVerb = "cancelled" | "rescheduled" | "completed" | "marked as a no-show";

function statusWord(status: string): string {
  return status.toLowerCase().replace("_", "-");
}

/**
 * What to show next to the button when a lifecycle action fails. INVALID_STATE because someone
 * (or the scheduler) moved the booking first is worded from its current status; too-early
 * completions and no-shows keep the domain's own sentence; field errors show their first message.
 */
export function lifecycleErrorMessage(error: ActionError, verb: LifecycleVerb): { message: string; stale: boolean } {
  const details = (error.details ?? {}) as { currentStatus?: string; notBefore?: string; fields?: Record<string, string[]> };
  if (error.code === "INVALID_STATE") {
    const status = details.currentStatus;
    if (!status || details.notBefore || status === "REQUESTED" || status === "CONFIRMED") return { message: error.message, stale: !details.notBefore };
    return { message: `This booking is already ${statusWord(status)}, so it can no longer be ${verb}.`, stale: true };
  }
  if (error.code === "VALIDATION_FAILED") {
    const first = Object.values(details.fields ?? {})[0]?.[0];
    return { message: first ?? error.message, stale: false };
  }
  if (error.code === "NOT_FOUND") return { message: "This booking no longer exists or is not yours.", stale: true };
  return { message: error.message, stale: false };
}
