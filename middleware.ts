import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/core/env";
import { requestIdFrom } from "@/lib/core/request-id";
import { newNonce, securityHeaders } from "@/lib/core/security-headers";

/**
 * A first gate only (docs/adr/003): it sends people who are plainly not allowed to the sign-in
 * page, sets a request id and the security headers (lib/core/security-headers.ts). Every use case authorizes again in lib/.
 */
const gates: { prefix: string; roles: string[] | null }[] = [
  { prefix: "/dashboard", roles: ["PROVIDER"] },
  { prefix: "/admin", roles: ["ADMIN"] },
  { prefix: "/account", roles: null },
];

export async function middleware(request: NextRequest) {
  // The same id reaches the handler (request header) and the client (response header).
  const requestId = requestIdFrom(request.headers);
  // Decoded, so that a percent-encoded spelling of the uploads prefix that still reaches the route is caught too.
  const security = securityHeaders({ decodedPath: decodedPath(request.nextUrl.pathname), nonce: newNonce(), production: process.env.NODE_ENV === "production" });
  const urlProblem = invalidUrlReason(request.nextUrl);
  if (urlProblem) {
    return withHeaders(NextResponse.json({ error: { code: "BAD_REQUEST", message: urlProblem } }, { status: 400 }), requestId, security);
  }
  const gate = gates.find((g) => request.nextUrl.pathname === g.prefix || request.nextUrl.pathname.startsWith(`${g.prefix}/`));
  if (gate) {
    const token = await getToken({ req: request, secret: authSecret });
    if (!token || (gate.roles && !gate.roles.includes(String(token.role)))) {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
      if (token) signIn.searchParams.set("error", "forbidden");
      return withHeaders(NextResponse.redirect(signIn), requestId, security);
    }
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  // Next takes the nonce for the scripts it renders from the request's policy.
  headers.set("content-security-policy", security["content-security-policy"]);
  return withHeaders(NextResponse.next({ request: { headers } }), requestId, security);
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

function withHeaders(response: NextResponse, requestId: string, security: Record<string, string>) {
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
