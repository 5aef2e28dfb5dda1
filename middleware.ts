import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/core/env";
import { requestIdFrom } from "@/lib/core/request-id";

/**
 * A first gate only (docs/adr/003): it sends people who are plainly not allowed to the sign-in
 * page, sets a request id and security headers. Every use case authorizes again in lib/.
 */
const gates: { prefix: string; roles: string[] | null }[] = [
  { prefix: "/dashboard", roles: ["PROVIDER"] },
  { prefix: "/admin", roles: ["ADMIN"] },
  { prefix: "/account", roles: null },
];

const securityHeaders: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(self)",
  "cross-origin-opener-policy": "same-origin",
  "content-security-policy": "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
};

/**
 * User uploads (/api/files/…, signed links to attachments and photos) keep the sandbox policy
 * their route sets: whatever a file turns out to contain, opened directly it must not run. Next
 * lets middleware headers win over a route's own (send-response.js only adds a header that is not
 * there yet), so the page policy above would replace it; this says the same as the route.
 */
const UPLOAD_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
const UPLOADS_PREFIX = "/api/files/";

/** The headers for one response: the page set, with the uploads' policy under /api/files/. */
function securityHeadersFor(pathname: string): Record<string, string> {
  // Decoded, so that a percent-encoded spelling of the prefix that still reaches the route is caught too.
  return decodedPath(pathname).startsWith(UPLOADS_PREFIX) ? { ...securityHeaders, "content-security-policy": UPLOAD_CSP } : securityHeaders;
}

export async function middleware(request: NextRequest) {
  // The same id reaches the handler (request header) and the client (response header).
  const requestId = requestIdFrom(request.headers);
  const urlProblem = invalidUrlReason(request.nextUrl);
  if (urlProblem) {
    return withHeaders(NextResponse.json({ error: { code: "BAD_REQUEST", message: urlProblem } }, { status: 400 }), requestId, request.nextUrl.pathname);
  }
  const gate = gates.find((g) => request.nextUrl.pathname === g.prefix || request.nextUrl.pathname.startsWith(`${g.prefix}/`));
  if (gate) {
    const token = await getToken({ req: request, secret: authSecret });
    if (!token || (gate.roles && !gate.roles.includes(String(token.role)))) {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
      if (token) signIn.searchParams.set("error", "forbidden");
      return withHeaders(NextResponse.redirect(signIn), requestId, request.nextUrl.pathname);
    }
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  return withHeaders(NextResponse.next({ request: { headers } }), requestId, request.nextUrl.pathname);
}

/**
 * Why no page or handler should see this URL, if so. Next fails decoding route params from bad
 * percent-encoding with a bare 500, and PostgreSQL refuses a NUL byte in text with an error, so
 * both are refused here once for every route, path and query alike.
 */
function invalidUrlReason(url: URL): string | null {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return "The URL is not valid percent-encoding";
  }
  // searchParams decodes leniently (a stray % stays as it is), so only NUL needs looking for there.
  const query = [...url.searchParams].flat();
  if (path.includes("\0") || query.some((part) => part.includes("\0"))) return "The URL must not contain NUL characters";
  return null;
}

function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function withHeaders(response: NextResponse, requestId: string, pathname: string) {
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(securityHeadersFor(pathname))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
