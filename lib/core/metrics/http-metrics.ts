import { metrics } from "./registry";

/** "2xx", "4xx" …: bounded, and what alerts are written against. */
export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

/**
 * The route pattern for a request, from its path and the params Next resolved for it:
 * `/api/bookings/ck123/cancel` with `{ id: "ck123" }` is `/api/bookings/[id]/cancel`. Labelling
 * by raw URL would create one time series per booking id and exhaust Prometheus.
 * Catch-all params (arrays) collapse their run of segments into `[...name]`.
 */
export function routePattern(pathname: string, params: Record<string, unknown>): string {
  const segments = pathname.split("/");
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      const parts = value.map(String);
      if (parts.length === 0) continue;
      for (let i = segments.length - parts.length; i >= 1; i--) {
        if (parts.every((part, j) => safeDecode(segments[i + j]) === part)) {
          segments.splice(i, parts.length, `[...${name}]`);
          break;
        }
      }
    } else if (typeof value === "string") {
      // From the right: a dynamic segment sits below its static parent (`/api/users/[id]`).
      for (let i = segments.length - 1; i >= 1; i--) {
        if (safeDecode(segments[i]) === value && !segments[i].startsWith("[")) {
          segments[i] = `[${name}]`;
          break;
        }
      }
    }
  }
  return segments.join("/") || "/";
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function recordHttpRequest({ method, route, status, seconds }: { method: string; route: string; status: number; seconds: number }): void {
  const labels = { method, route, status_class: statusClass(status) };
  const { httpRequests, httpDuration } = metrics();
  httpRequests.inc(labels);
  httpDuration.observe(labels, seconds);
}
