import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionError } from "@/lib/core/action";

/**
 * Puts a failed action's field errors under the matching inputs (the server keys them by the same
 * dotted paths as zod on the client) and returns the message for anything no input shows.
 */
export function applyServerErrors<T extends FieldValues>(error: ActionError, setError: UseFormSetError<T>, knownPaths: (path: string) => boolean): string | null {
  const fields = (error.details as { fields?: Record<string, string[]> } | undefined)?.fields;
  if (error.code !== "VALIDATION_FAILED" || !fields) return error.message;
  const unshown: string[] = [];
  for (const [path, messages] of Object.entries(fields)) {
    if (knownPaths(path)) setError(path as Path<T>, { type: "server", message: messages[0] });
    else unshown.push(messages[0]);
  }
  return unshown.length ? unshown.join(" ") : null;
}
