/**
 * Only same-site paths are followed after sign-in. next-auth may hand us an absolute URL of our
 * own host, which is reduced to its path; other hosts and protocol-relative "//x" go to the fallback.
 */
export function safeCallbackUrl(raw: string | string[] | undefined, { host, fallback = "/" }: { host: string | null; fallback?: string }): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return fallback;
  try {
    const base = "http://hearth.invalid";
    const url = new URL(value, base);
    const sameSite = url.origin === base || (host !== null && url.host === host && /^https?:$/.test(url.protocol));
    if (!sameSite) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/sign-in") || path.startsWith("/sign-up")) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
