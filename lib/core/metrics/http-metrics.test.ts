import { route } from "../http";
import { AppError } from "../errors";
import { routePattern, statusClass } from "./http-metrics";
import { metrics } from "./registry";

jest.mock("../auth/session", () => ({ getCurrentActor: async () => null }));

async function requestsCounted(labels: Record<string, string>): Promise<number> {
  const { values } = await metrics().httpRequests.get();
  return values.find((v) => Object.entries(labels).every(([k, value]) => (v.labels as Record<string, unknown>)[k] === value))?.value ?? 0;
}

describe("routePattern", () => {
  it("puts param names in place of their values", () => {
    expect(routePattern("/api/bookings/ck123abc/cancel", { id: "ck123abc" })).toBe("/api/bookings/[id]/cancel");
    expect(routePattern("/api/providers/p1/services/s1", { providerId: "p1", serviceId: "s1" })).toBe("/api/providers/[providerId]/services/[serviceId]");
  });

  it("matches encoded values, collapses catch-alls and leaves static routes alone", () => {
    expect(routePattern("/api/files/a%20b", { key: "a b" })).toBe("/api/files/[key]");
    expect(routePattern("/api/files/uploads/2026/x.png", { path: ["uploads", "2026", "x.png"] })).toBe("/api/files/[...path]");
    expect(routePattern("/api/health", {})).toBe("/api/health");
  });

  it("prefers the rightmost segment when a value also spells a static one", () => {
    expect(routePattern("/api/users/users", { id: "users" })).toBe("/api/users/[id]");
  });
});

describe("route() instrumentation", () => {
  it("counts each request under its route pattern, method and status class", async () => {
    const handler = route<{ id: string }>(async ({ params }) => {
      if (params.id === "missing-one") throw new AppError("NOT_FOUND", "No such thing");
      return { id: params.id };
    });
    const ok = { method: "GET", route: "/api/metrics-test/[id]", status_class: "2xx" };
    const notFound = { ...ok, status_class: "4xx" };
    const before = { ok: await requestsCounted(ok), notFound: await requestsCounted(notFound) };

    await handler(new Request("http://localhost/api/metrics-test/abc123"), { params: Promise.resolve({ id: "abc123" }) });
    await handler(new Request("http://localhost/api/metrics-test/def456"), { params: Promise.resolve({ id: "def456" }) });
    await handler(new Request("http://localhost/api/metrics-test/missing-one"), { params: Promise.resolve({ id: "missing-one" }) });

    expect(await requestsCounted(ok)).toBe(before.ok + 2);
    expect(await requestsCounted(notFound)).toBe(before.notFound + 1);
    // One metric only: the full scrape would also read the database.
    const text = await metrics().registry.getSingleMetricAsString("hearth_http_request_duration_seconds");
    expect(text).toContain('hearth_http_request_duration_seconds_count{method="GET",route="/api/metrics-test/[id]",status_class="2xx"}');
    // Never the raw URL: that would be one series per id.
    expect(text).not.toContain("abc123");
  });

  it("keeps one registry across module reloads (Next dev / HMR)", async () => {
    const first = metrics();
    jest.resetModules();
    const reloaded = (await import("./registry")).metrics();
    expect(reloaded).toBe(first);
  });

  it("maps statuses to classes", () => {
    expect([200, 201, 302, 404, 503].map(statusClass)).toEqual(["2xx", "2xx", "3xx", "4xx", "5xx"]);
  });
});
