import { tempDataDir } from "@/lib/messaging/testing/temp-data-dir";
import { rm } from "node:fs/promises";
import { NextRequest } from "next/server";
import { getStorage } from "@/lib/adapters/storage";
import { TINY_PNG } from "@/lib/messaging/testing/files";
import { middleware } from "@/middleware";
import { GET as getFile } from "./route";

// Next keeps a middleware header over the route's header of the same name (a route's header is
// only added when missing), so what middleware sets for /api/files is what the browser gets.

afterAll(() => rm(tempDataDir, { recursive: true, force: true }));

const origin = "http://localhost:3000";

async function servedFile() {
  const key = `messages/csp-test/${Date.now()}/photo.png`;
  await getStorage().put({ key, body: TINY_PNG, contentType: "image/png" });
  const url = getStorage().signedUrl(key, 600);
  const params = new URL(url, origin).pathname.replace(/^\/api\/files\//, "").split("/");
  const response = await getFile(new Request(`${origin}${url}`), { params: Promise.resolve({ key: params }) });
  expect(response.status).toBe(200);
  return { url, response };
}

describe("security headers of user uploads and pages", () => {
  it("keeps the uploads' sandbox policy and nosniff through middleware", async () => {
    const { url, response } = await servedFile();
    const routePolicy = response.headers.get("content-security-policy");
    expect(routePolicy).toContain("sandbox");
    expect(routePolicy).toContain("default-src 'none'");

    const passed = await middleware(new NextRequest(`${origin}${url}`));
    expect(passed.headers.get("content-security-policy")).toBe(routePolicy);
    expect(passed.headers.get("x-content-type-options")).toBe("nosniff");

    // However the path is spelled, if it reaches the files route it keeps the sandbox.
    const encoded = url.replace("/api/files/", "/api/%66iles/");
    expect((await middleware(new NextRequest(`${origin}${encoded}`))).headers.get("content-security-policy")).toBe(routePolicy);
  });

  it("gives pages and other API routes the page policy", async () => {
    for (const path of ["/", "/providers/some-one", "/api/health", "/api/filesystem"]) {
      const passed = await middleware(new NextRequest(`${origin}${path}`));
      const policy = passed.headers.get("content-security-policy");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain("sandbox");
      expect(passed.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});
