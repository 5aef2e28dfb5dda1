import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { NextRequest } from "next/server";
import { middleware } from "@/middleware";

// Every page and route handler with a path parameter, found on disk so that a new route is swept
// too: a NUL byte (or broken percent-encoding) in any parameter or query is a 400 in the error
// shape before it can reach PostgreSQL, never a 500.

const origin = "http://localhost:3000";
const appDir = __dirname;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : routeFiles(path);
    return /^(page\.tsx|route\.ts)$/.test(entry.name) ? [path] : [];
  });
}

/** The URL of a route file with `value` in every dynamic segment: app/(public)/providers/[slug]/page.tsx → /providers/<value>. */
function urlWith(file: string, value: string): string {
  const segments = relative(appDir, file).split(sep).slice(0, -1);
  return `/${segments
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => (s.startsWith("[") ? value : s))
    .join("/")}`;
}

const dynamicRoutes = routeFiles(appDir).filter((file) => file.includes("["));

async function expectRefused(url: string) {
  const response = await middleware(new NextRequest(`${origin}${url}`));
  expect({ url, status: response.status }).toEqual({ url, status: 400 });
  expect((await response.json()).error).toMatchObject({ code: "BAD_REQUEST", message: expect.any(String) });
}

describe("URLs no handler should see", () => {
  it("finds the dynamic routes to sweep", () => {
    expect(dynamicRoutes.length).toBeGreaterThan(20);
    expect(dynamicRoutes.map((f) => urlWith(f, "x"))).toContain("/api/providers/x");
  });

  it.each(dynamicRoutes.map((file) => [urlWith(file, "%00")]))("refuses a NUL byte in the path: %s", async (url) => {
    await expectRefused(url);
  });

  it("refuses a NUL byte in a query parameter's value or name, and broken percent-encoding in the path", async () => {
    await expectRefused("/api/providers?q=plumb%00er");
    await expectRefused("/providers?q%00=1");
    await expectRefused("/api/providers/%E0%A4%A");
  });

  it("lets ordinary URLs through with their request id", async () => {
    const response = await middleware(new NextRequest(`${origin}/api/providers?q=plumber%20brooklyn&sort=rating`));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a well-formed incoming request id and replaces one that could forge log lines", async () => {
    const kept = await middleware(new NextRequest(`${origin}/providers`, { headers: { "x-request-id": "lb-7f3a.1" } }));
    expect(kept.headers.get("x-request-id")).toBe("lb-7f3a.1");
    const forged = await middleware(new NextRequest(`${origin}/providers`, { headers: { "x-request-id": "x\" level=error msg=forged" } }));
    expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
