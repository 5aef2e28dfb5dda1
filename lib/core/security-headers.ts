/**
 * The security headers of every response (set by middleware.ts). Pure, so they are unit-tested
 * without a server, and the same for every route.
 */

/**
 * Pages allow only scripts carrying this request's nonce, and what those load ('strict-dynamic':
 * Next's chunks, Stripe.js, PostHog's extras): an injected inline script never runs. Next reads the
 * nonce from the request's CSP header and puts it on the scripts it renders; every page is rendered
 * per request (the root layout reads the session), so every page has it. Other directives are left
 * open on purpose: Stripe's frames and the analytics and error endpoints are configured per deploy.
 */
export function pagePolicy(nonce: string, { development = false } = {}): string {
  return [
    // React's dev overlay and fast refresh evaluate code; production never does.
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * User uploads (/api/files/…, signed links to attachments and photos) keep the sandbox policy
 * their route sets: whatever a file turns out to contain, opened directly it must not run. Next
 * lets middleware headers win over a route's own (send-response.js only adds a header that is not
 * there yet), so the page policy would replace it; this says the same as the route.
 */
export const UPLOAD_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
export const UPLOADS_PREFIX = "/api/files/";

/** Two years, subdomains included: the preload list's minimum. Browsers ignore it over plain http. */
const HSTS = "max-age=63072000; includeSubDomains; preload";

export function securityHeaders({ decodedPath, nonce, production }: { decodedPath: string; nonce: string; production: boolean }): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(self), payment=(self \"https://js.stripe.com\")",
    "cross-origin-opener-policy": "same-origin",
    "content-security-policy": decodedPath.startsWith(UPLOADS_PREFIX) ? UPLOAD_POLICY : pagePolicy(nonce, { development: !production }),
    ...(production ? { "strict-transport-security": HSTS } : {}),
  };
}

/** 128 random bits, base64: a fresh nonce per request (Web Crypto, so it runs in middleware). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
