/**
 * The browser's one way to call our JSON API: same-origin fetch, never cached, and the API's error
 * shape `{ error: { code, message, details? } }` turned into an ApiError that React Query and
 * forms can read (`error.code === "INVALID_STATE"`, `error.status === 401`).
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const GENERIC = "Something went wrong. Please try again.";

/** The ApiError for a failed response's status and parsed body (null when the body was not JSON). */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const code = typeof error?.code === "string" ? error.code : status >= 500 ? "INTERNAL" : "HTTP_ERROR";
  const message = typeof error?.message === "string" && error.message ? error.message : GENERIC;
  return new ApiError(message, code, status, error?.details);
}

export async function apiFetch<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store", ...init });
  } catch {
    throw new ApiError("You appear to be offline. Please try again.", "NETWORK_ERROR", 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

export const jsonPost = (body: unknown): RequestInit => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** A query string from defined values only: `query({ status: undefined, limit: 20 })` → "?limit=20". */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") qs.set(key, String(value));
  const s = qs.toString();
  return s ? `?${s}` : "";
}
