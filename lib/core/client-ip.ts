type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address as reported by the first proxy (Vercel, ingress-nginx). Only the left-most
 * x-forwarded-for entry is the client; the deployment must strip client-sent values at the edge.
 */
export function clientIpFrom(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() || header(headers, "x-real-ip") || "unknown";
}
