import { NextRequest } from "next/server";
import { middleware } from "@/middleware";
import { pagePolicy, securityHeaders } from "@/lib/core/security-headers";

const origin = "http://localhost:3000";
const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("security headers on every response", () => {
  it.each(["/", "/providers?q=plumber", "/api/providers", "/dashboard", "/api/providers/%00"])("%s: nonce CSP without unsafe-inline, no framing, referrer and permissions policies", async (path) => {
    const response = await middleware(new NextRequest(`${origin}${path}`));
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("a fresh nonce per request, handed to Next on the request so its scripts carry it", async () => {
    const first = await middleware(new NextRequest(`${origin}/providers`));
    const second = await middleware(new NextRequest(`${origin}/providers`));
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(first.headers.get("content-security-policy"));
  });

  it("HSTS only in production; eval only for the development server", () => {
    const production = securityHeaders({ decodedPath: "/", nonce: "n", production: true });
    expect(production["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains; preload");
    expect(production["content-security-policy"]).not.toContain("unsafe-eval");
    const development = securityHeaders({ decodedPath: "/", nonce: "n", production: false });
    expect(development["strict-transport-security"]).toBeUndefined();
    expect(pagePolicy("n", { development: true })).toContain("'unsafe-eval'");
  });
});
