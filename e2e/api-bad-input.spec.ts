import { expect, request as playwrightRequest, test } from "@playwright/test";
import { apiSignIn, baseURL, demo, sameOrigin, TEST_CARD } from "./support";

test("health names the adapters in use", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const health = await response.json();
  const external = Boolean(process.env.DATABASE_URL);
  expect(health.checks.database).toMatchObject({ adapter: external ? "postgres" : "pglite", ok: true });
  expect(health.checks.cache.adapter).toBe(process.env.REDIS_URL ? "redis" : "memory");
  expect(health.checks.email.adapter).toBe("dev-mailbox");
  expect(health.checks.storage.adapter).toBe("local-disk");
  expect(health.checks.payments.adapter).toBe("test-mode");
  expect((await request.get("/api/ready")).status()).toBe(200);
});

// Malformed input of every kind gets a clear 4xx in the one error shape, never a 500.
test("bad input is a 4xx with the error shape, never a 500", async () => {
  const api = await playwrightRequest.newContext({ baseURL });
  await apiSignIn(api, demo.customer);
  const profile = await (await api.get(`/api/providers/${demo.providerSlug}`)).json();
  const serviceId = profile.services[0].id;

  const attempts: [string, () => Promise<import("@playwright/test").APIResponse>, number][] = [
    ["unknown provider", () => api.get("/api/providers/nobody-here"), 404],
    ["undecodable path", () => api.get("/api/providers/%E0%A4%A"), 400],
    // A search's query string that cannot be read is a malformed request (issue #9): 400.
    ["limit not a number", () => api.get("/api/providers?limit=lots"), 400],
    ["limit too large", () => api.get("/api/providers?limit=100000"), 400],
    ["malformed cursor", () => api.get("/api/providers?cursor=does-not-exist"), 400],
    ["search with a NUL byte", () => api.get("/api/providers?q=plumb%00er"), 400],
    ["search far too long", () => api.get(`/api/providers?q=${"x".repeat(101)}`), 400],
    ["radius of 0 km", () => api.get("/api/providers?near=Brooklyn&radiusKm=0"), 400],
    ["radius over 500 km", () => api.get("/api/providers?lat=40.7&lng=-73.9&radiusKm=501"), 400],
    ["unknown sort", () => api.get("/api/providers?sort=cheapest"), 400],
    ["unknown place", () => api.get("/api/providers?near=Atlantis"), 400],
    ["slots from garbage", () => api.get(`/api/services/${serviceId}/slots?from=yesterday`), 422],
    ["slots range reversed", () => api.get(`/api/services/${serviceId}/slots?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z`), 422],
    ["slots range too long", () => api.get(`/api/services/${serviceId}/slots?from=2030-01-01T00:00:00Z&to=2031-01-01T00:00:00Z`), 422],
    ["slots unknown service", () => api.get("/api/services/nope/slots"), 404],
    ["booking body not JSON", () => api.post("/api/bookings", { data: Buffer.from("{not json"), headers: { ...sameOrigin, "content-type": "application/json" } }), 400],
    ["booking body an array", () => api.post("/api/bookings", { data: [1, 2], headers: sameOrigin }), 422],
    ["booking start in the past", () => api.post("/api/bookings", { data: { serviceId, start: "2001-01-01T10:00:00Z", paymentMethod: TEST_CARD }, headers: sameOrigin }), 409],
    ["booking unknown service", () => api.post("/api/bookings", { data: { serviceId: "x".repeat(64), start: "2030-01-01T10:00:00Z", paymentMethod: TEST_CARD }, headers: sameOrigin }), 404],
    ["booking notes too long", () => api.post("/api/bookings", { data: { serviceId, start: "2030-01-01T10:00:00Z", notes: "n".repeat(3000), paymentMethod: TEST_CARD }, headers: sameOrigin }), 422],
    ["booking form-encoded", () => api.post("/api/bookings", { form: { serviceId }, headers: sameOrigin }), 415],
    ["unknown booking", () => api.get("/api/bookings/missing"), 404],
    ["confirm unknown booking", () => api.post("/api/bookings/missing/confirm", { headers: sameOrigin }), 404],
    ["list with bad status", () => api.get("/api/bookings?status=PAID"), 422],
    ["mark read with nothing", () => api.post("/api/notifications/read", { data: {}, headers: sameOrigin }), 422],
  ];
  for (const [name, send, expected] of attempts) {
    const response = await send();
    expect.soft(response.status(), name).toBe(expected);
    if (expected >= 400) {
      const body = await response.json();
      expect.soft(body.error?.code, name).toEqual(expect.any(String));
      expect.soft(body.error?.message, name).toEqual(expect.any(String));
    }
  }

  const anonymous = await playwrightRequest.newContext({ baseURL });
  expect((await anonymous.get("/api/me")).status()).toBe(401);
  expect((await anonymous.post("/api/bookings", { data: { serviceId, start: "2030-01-01T10:00:00Z", paymentMethod: TEST_CARD } })).status()).toBe(401);
  await Promise.all([api.dispose(), anonymous.dispose()]);
});
