import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/core/env";

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

export async function middleware(request: NextRequest) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  if (!isDecodablePath(request.nextUrl.pathname)) {
    // Next would fail decoding route params from such a path and answer a bare 500.
    const error = { code: "BAD_REQUEST", message: "The URL is not valid percent-encoding" };
    return withHeaders(NextResponse.json({ error }, { status: 400 }), requestId);
  }
  const gate = gates.find((g) => request.nextUrl.pathname === g.prefix || request.nextUrl.pathname.startsWith(`${g.prefix}/`));
  if (gate) {
    const token = await getToken({ req: request, secret: authSecret });
    if (!token || (gate.roles && !gate.roles.includes(String(token.role)))) {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
      if (token) signIn.searchParams.set("error", "forbidden");
      return withHeaders(NextResponse.redirect(signIn), requestId);
    }
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  return withHeaders(NextResponse.next({ request: { headers } }), requestId);
}

function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function withHeaders(response: NextResponse, requestId: string) {
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
