import type { ActionResult } from "@/lib/core/action";

/** POSTs JSON to one of our route handlers and reads the `{ error }` shape, like a server action's result. */
export async function postJson<T>(url: string, body: unknown, method = "POST"): Promise<ActionResult<T>> {
  try {
    const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const json = await res.json().catch(() => null);
    if (res.ok) return { ok: true, data: json as T };
    return { ok: false, error: json?.error ?? { code: "INTERNAL", message: "Something went wrong. Please try again." } };
  } catch {
    return { ok: false, error: { code: "INTERNAL", message: "Could not reach Hearth. Check your connection." } };
  }
}

/** The first message per field of a 422, for react-hook-form's setError. */
export function fieldMessages(details: unknown): Record<string, string> {
  const fields = (details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
  return Object.fromEntries(Object.entries(fields).map(([key, messages]) => [key, messages[0] ?? ""]));
}
