import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/core/auth/actor";
import { errorStatus } from "@/lib/core/errors";
import { publicAction } from "@/lib/core/action";
import { enforceRequestLimits, installGlobalRequestLimit } from "@/lib/core/request-limits";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { makeCustomer } from "@/lib/testing/factories";
import { POST as signUp } from "@/app/api/users/route";
import { POST as requestReset } from "@/app/api/auth/password-reset/route";
import { POST as confirmReset } from "@/app/api/auth/password-reset/confirm/route";
import { POST as book } from "@/app/api/bookings/route";
import { POST as confirmPayment } from "@/app/api/payments/[id]/confirm/route";
import { POST as sendMessage } from "@/app/api/conversations/[id]/messages/route";
import { POST as openConversation } from "@/app/api/conversations/route";
import { GET as categories } from "@/app/api/categories/route";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { POST as nextAuth } from "@/app/api/auth/[...nextauth]/route";
import { createRedisClient, getRedisClient } from "@/lib/adapters/cache";
import { quit } from "@/lib/adapters/cache/redis";
import { env } from "@/lib/core/env";
import { requestLimit, requestLimits } from "@/lib/adapters/request-limits";
import { z } from "zod";

let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));
let mockHeaders: Headers | null = null;
jest.mock("next/headers", () => ({
  headers: async () => {
    if (!mockHeaders) throw new Error("outside a request");
    return mockHeaders;
  },
}));

/**
 * 429 with Retry-After and the error shape, for the global per-address limit and the stricter
 * ones of sign-in, sign-up, password reset, payments and messaging. The counters are the real
 * ones: memory without REDIS_URL, Redis with it (run this file both ways). Every test uses
 * addresses and users of its own, so counters left in Redis by earlier runs never matter.
 */
setupTestDatabase();

const origin = "http://localhost:3000";
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
function postFrom(address: string, path: string, body: unknown, signedIn = false) {
  return new Request(`${origin}${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "x-forwarded-for": address, "content-type": "application/json", ...(signedIn ? { cookie: "next-auth.session-token=test", origin } : {}) },
  });
}
const actorOf = (user: { id: string }): Actor => ({ userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null });

async function expect429(response: Response) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  const body = (await response.json()) as { error: { code: string; message: string; details: { retryAfterSeconds: number } } };
  expect(body.error).toMatchObject({ code: "RATE_LIMITED", message: expect.any(String), details: { retryAfterSeconds: retryAfter } });
  return body;
}

/** Sends `allowed` requests that pass the limit (the route may refuse them for other reasons), then one that must be limited. */
async function exhaust(allowed: number, send: () => Promise<Response>) {
  for (let i = 0; i < allowed; i++) expect((await send()).status).not.toBe(429);
  return expect429(await send());
}

afterEach(() => {
  mockActor = null;
  mockHeaders = null;
  installGlobalRequestLimit(undefined);
});

describe("per-route limits", () => {
  it("sign-up: 10 an hour per address, then 429; another address is unaffected", async () => {
    const address = ip();
    await exhaust(10, () => signUp(postFrom(address, "/api/users", {}), ctx()));
    expect((await signUp(postFrom(ip(), "/api/users", {}), ctx())).status).toBe(422);
  });

  it("password reset: requesting a link and confirming share 10 per 15 minutes per address", async () => {
    const address = ip();
    for (let i = 0; i < 5; i++) expect((await requestReset(postFrom(address, "/api/auth/password-reset", {}), ctx())).status).toBe(422);
    await exhaust(5, () => confirmReset(postFrom(address, "/api/auth/password-reset/confirm", {}), ctx()));
  });

  it("payments: booking and confirming share 10 a minute per user, whatever the address", async () => {
    mockActor = actorOf(await makeCustomer());
    for (let i = 0; i < 5; i++) expect((await book(postFrom(ip(), "/api/bookings", {}, true), ctx())).status).toBe(422);
    await exhaust(5, () => confirmPayment(postFrom(ip(), "/api/payments/nope/confirm", {}, true), ctx({ id: "nope" })));
    // Another customer has a counter of their own.
    mockActor = actorOf(await makeCustomer());
    expect((await book(postFrom(ip(), "/api/bookings", {}, true), ctx())).status).toBe(422);
  });

  it("messaging: opening conversations and posting share 60 a minute per user", async () => {
    mockActor = actorOf(await makeCustomer());
    for (let i = 0; i < 30; i++) expect((await openConversation(postFrom(ip(), "/api/conversations", {}, true), ctx())).status).toBe(422);
    await exhaust(30, () => sendMessage(postFrom(ip(), "/api/conversations/nope/messages", {}, true), ctx({ id: "nope" })));
  });

  it("sign-in: 20 attempts a minute per address; the 429 carries the url next-auth's client reads the error from", async () => {
    const address = ip();
    for (let i = 0; i < 20; i++) await requestLimits.signIn.consume(`ip:${address}`);
    const body = await expect429(await nextAuth(postFrom(address, "/api/auth/callback/credentials", {}), { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) }));
    expect(new URL((body as unknown as { url: string }).url).searchParams.get("error")).toMatch(/Too many attempts/);
  });
});

describe("the global per-address limit", () => {
  it("counts every route() request per address, except routes that opt out (probes, scrapers)", async () => {
    installGlobalRequestLimit(requestLimit("ip", { keyPrefix: `test:global:${randomUUID()}`, points: 3, durationSeconds: 60 }));
    const address = ip();
    const get = (path: string) => new Request(`${origin}${path}`, { headers: { "x-forwarded-for": address } });
    await exhaust(3, () => categories(get("/api/categories"), ctx()));
    // Stricter per-route limits come after the global one, which refuses first.
    await expect429(await signUp(postFrom(address, "/api/users", {}), ctx()));
    expect((await metricsRoute(get("/api/metrics"), ctx())).status).not.toBe(429);
    expect((await categories(new Request(`${origin}/api/categories`, { headers: { "x-forwarded-for": ip() } }), ctx())).status).toBe(200);
  });

  it("counts server actions too, through the request's headers; an action outside a request is not counted", async () => {
    const limit = requestLimit("ip", { keyPrefix: `test:action:${randomUUID()}`, points: 2, durationSeconds: 60 });
    const action = publicAction(z.object({}), async () => "done", { limits: [limit] });
    for (let i = 0; i < 5; i++) expect(await action({})).toEqual({ ok: true, data: "done" });
    mockHeaders = new Headers({ "x-forwarded-for": ip() });
    expect(await action({})).toEqual({ ok: true, data: "done" });
    expect(await action({})).toEqual({ ok: true, data: "done" });
    const refused = await action({});
    expect(refused).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", details: { retryAfterSeconds: expect.any(Number) } } });
    expect(errorStatus.RATE_LIMITED).toBe(429);
  });
});

describe("on Redis", () => {
  it("two instances' limits share one counter per address", async () => {
    const a = createRedisClient("redis://127.0.0.1:6379");
    const b = createRedisClient("redis://127.0.0.1:6379");
    try {
      const config = { keyPrefix: `test:shared:${randomUUID()}`, points: 4, durationSeconds: 60 };
      const instanceA = requestLimit("ip", { ...config, redis: a });
      const instanceB = requestLimit("ip", { ...config, redis: b });
      const headers = new Headers({ "x-forwarded-for": ip() });
      await enforceRequestLimits({ headers, userId: null, limits: [instanceA], global: false });
      await enforceRequestLimits({ headers, userId: null, limits: [instanceB], global: false });
      await enforceRequestLimits({ headers, userId: null, limits: [instanceA], global: false });
      await enforceRequestLimits({ headers, userId: null, limits: [instanceB], global: false });
      await expect(enforceRequestLimits({ headers, userId: null, limits: [instanceA], global: false })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    } finally {
      await quit(a);
      await quit(b);
    }
    // Which store the app's own limits use here: Redis exactly when REDIS_URL is set.
    expect(getRedisClient() === null).toBe(!env.REDIS_URL);
  });
});
