import { toast } from "sonner";

/** The shape of every server action's answer (lib/core/action.ts), without importing the server module. */
export type ResultLike = { ok: true; data?: unknown } | { ok: false; error: { code: string; message: string } };

export interface ResultToast {
  kind: "success" | "error";
  message: string;
}

/**
 * Which toast an action's result deserves. `success` may be omitted for actions whose success is
 * already visible (a row that changes); failures always get one unless `error` is false (a form
 * that shows the message next to its fields already).
 */
export function resultToast(result: ResultLike, messages: { success?: string; error?: string | false | ((error: { code: string; message: string }) => string) }): ResultToast | null {
  if (result.ok) return messages.success ? { kind: "success", message: messages.success } : null;
  if (messages.error === false) return null;
  const message = typeof messages.error === "function" ? messages.error(result.error) : (messages.error ?? result.error.message);
  return { kind: "error", message };
}

/** Shows the toast for an action's result and hands the result back, for chaining. */
export function toastResult<R extends ResultLike>(result: R, messages: Parameters<typeof resultToast>[1]): R {
  const shown = resultToast(result, messages);
  if (shown?.kind === "success") toast.success(shown.message);
  if (shown?.kind === "error") toast.error(shown.message);
  return result;
}
