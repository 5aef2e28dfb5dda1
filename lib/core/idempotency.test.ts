import { z } from "zod";
import { db } from "./db";
import { AppError } from "./errors";
import { route, respond } from "./http";
import type { Actor } from "./auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { makeCustomer } from "../testing/factories";
import { uniqueToken } from "../../prisma/seed/builders";
import { canonicalJson, deleteExpiredIdempotencyKeys, IN_PROGRESS_TIMEOUT_MS, requestHash } from "./idempotency";

// route() asks next-auth only when a session cookie is present; here the test decides who that is.
let mockActor: Actor | null = null;
jest.mock("./auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();

const origin = "http://localhost:3000";
const session = { cookie: "next-auth.session-token=test", origin, "content-type": "application/json" };
const noParams = { params: Promise.resolve({}) };
const Body = z.object({ name: z.string(), tags: z.array(z.string()).optional() });

function post(path: string, body: unknown, key: string) {
  return new Request(`${origin}${path}`, {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { ...session, "idempotency-key": key },
  });
}

/** A write that counts its runs, answers 201 with a fresh id, and can be told to fail. */
function counted(scope = `test.${uniqueToken()}`) {
  const state = { calls: 0, delayMs: 0, fail: null as null | (() => never | Response) };
  const handler = route(
    async ({ body, requireActor }) => {
      requireActor();
      const input = await body(Body);
      state.calls++;
      if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
      if (state.fail) return state.fail();
      return respond(201, { id: uniqueToken(), run: state.calls, ...input });
    },
    { idempotency: scope },
  );
  return { state, handler, scope };
}

async function signIn(): Promise<Actor> {
  const user = await makeCustomer();
  mockActor = { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
  return mockActor;
}

const keyRow = (userId: string, scope: string, key: string) =>
  db.idempotencyKey.findUnique({ where: { userId_scope_key: { userId, scope, key } } });

describe("request hash", () => {
  it("ignores key order, but not array order, path, method or query", () => {
    const url = `${origin}/api/bookings/b1/confirm`;
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    const base = requestHash("POST", url, '{"a":1,"b":[1,2]}');
    expect(requestHash("POST", url, '{ "b": [1,2], "a": 1 }')).toBe(base);
    expect(requestHash("POST", url, '{"a":1,"b":[2,1]}')).not.toBe(base);
    expect(requestHash("POST", `${origin}/api/bookings/b2/confirm`, '{"a":1,"b":[1,2]}')).not.toBe(base);
    expect(requestHash("PUT", url, '{"a":1,"b":[1,2]}')).not.toBe(base);
    expect(requestHash("POST", `${url}?x=1`, '{"a":1,"b":[1,2]}')).not.toBe(base);
    expect(requestHash("POST", `${url}?x=1&y=2`, "")).toBe(requestHash("POST", `${url}?y=2&x=1`, ""));
  });
});

describe("route() with an idempotency scope", () => {
  it("runs once and replays the same status and body, also for the same body with keys reordered", async () => {
    const actor = await signIn();
    const { state, handler, scope } = counted();
    const key = uniqueToken();
    const first = await handler(post("/api/things", { name: "Ada", tags: ["x", "y"] }, key), noParams);
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const created = await first.json();

    const again = await handler(post("/api/things", '{"tags":["x","y"],"name":"Ada"}', key), noParams);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(created);
    expect(state.calls).toBe(1);
    expect(await keyRow(actor.userId, scope, key)).toMatchObject({ statusCode: 201, responseBody: created });
  });

  it("answers 422 for the same key with another body or another path, running nothing", async () => {
    await signIn();
    const { state, handler } = counted();
    const key = uniqueToken();
    expect((await handler(post("/api/things/a", { name: "Ada" }, key), noParams)).status).toBe(201);

    for (const request of [post("/api/things/a", { name: "Grace" }, key), post("/api/things/b", { name: "Ada" }, key)]) {
      const response = await handler(request, noParams);
      expect(response.status).toBe(422);
      expect((await response.json()).error).toEqual({ code: "IDEMPOTENCY_MISMATCH", message: "This Idempotency-Key was used with a different request" });
    }
    expect(state.calls).toBe(1);
  });

  it("lets exactly one of simultaneous identical requests run; the others get 409 with Retry-After, then the replay", async () => {
    await signIn();
    const { state, handler } = counted();
    state.delayMs = 100;
    const key = uniqueToken();
    const responses = await Promise.all(Array.from({ length: 5 }, () => handler(post("/api/things", { name: "Ada" }, key), noParams)));

    expect(state.calls).toBe(1);
    const fresh = responses.filter((r) => r.status === 201 && !r.headers.get("idempotent-replayed"));
    expect(fresh).toHaveLength(1);
    for (const response of responses.filter((r) => r !== fresh[0])) {
      if (response.status === 409) {
        expect(response.headers.get("retry-after")).toBe("1");
        expect((await response.json()).error.message).toBe("A request with this Idempotency-Key is still in progress; retry later");
      } else {
        expect(response.headers.get("idempotent-replayed")).toBe("true");
      }
    }
    const replay = await handler(post("/api/things", { name: "Ada" }, key), noParams);
    expect(await replay.json()).toEqual(await fresh[0].json());
    expect(state.calls).toBe(1);
  });

  it("reads a keyed write without a body as {} and refuses a keyed body that is not JSON with a replayable 415", async () => {
    await signIn();
    const optional = route(async ({ body }) => respond(200, await body(z.object({ reason: z.string().optional() }))), { idempotency: `test.${uniqueToken()}` });
    const bare = (key: string, init: RequestInit = {}) =>
      optional(new Request(`${origin}/api/things/x/cancel`, { method: "POST", headers: { cookie: session.cookie, origin, "idempotency-key": key }, ...init }), noParams);
    const empty = await bare(uniqueToken());
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({});

    const key = uniqueToken();
    const form = { body: "reason=late", headers: { cookie: session.cookie, origin, "idempotency-key": key, "content-type": "application/x-www-form-urlencoded" } };
    expect((await bare(key, form)).status).toBe(415);
    const replay = await bare(key, form);
    expect(replay.status).toBe(415);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
  });

  it("keeps keys per user: another user's identical key runs on its own", async () => {
    const { state, handler, scope } = counted();
    const key = uniqueToken();
    const first = await signIn();
    const mine = await (await handler(post("/api/things", { name: "Ada" }, key), noParams)).json();
    const second = await signIn();
    const theirs = await handler(post("/api/things", { name: "Grace" }, key), noParams);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect((await theirs.json()).id).not.toBe(mine.id);
    expect(state.calls).toBe(2);
    expect((await keyRow(first.userId, scope, key))?.responseBody).toEqual(mine);
    expect((await keyRow(second.userId, scope, key))?.statusCode).toBe(201);
  });

  it("treats an expired key as absent and runs again", async () => {
    const actor = await signIn();
    const { state, handler, scope } = counted();
    const key = uniqueToken();
    await handler(post("/api/things", { name: "Ada" }, key), noParams);
    await db.idempotencyKey.update({ where: { userId_scope_key: { userId: actor.userId, scope, key } }, data: { expiresAt: new Date(Date.now() - 1000) } });

    // Another body too: an expired key no longer remembers its request.
    const again = await handler(post("/api/things", { name: "Grace" }, key), noParams);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    expect(state.calls).toBe(2);
    const row = await keyRow(actor.userId, scope, key);
    expect(row?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect((row?.responseBody as { name: string }).name).toBe("Grace");
  });

  it("takes over a placeholder abandoned by a dead process, but not a live one", async () => {
    const actor = await signIn();
    const { state, handler, scope } = counted();
    const key = uniqueToken();
    const url = `${origin}/api/things`;
    const placeholder = (createdAt: Date) =>
      db.idempotencyKey.create({
        data: { userId: actor.userId, scope, key, requestHash: requestHash("POST", url, '{"name":"Ada"}'), statusCode: 0, responseBody: {}, createdAt, expiresAt: new Date(createdAt.getTime() + 86_400_000) },
      });
    await placeholder(new Date(Date.now() - 5_000));
    expect((await handler(post("/api/things", { name: "Ada" }, key), noParams)).status).toBe(409);
    expect(state.calls).toBe(0);

    await db.idempotencyKey.deleteMany({ where: { userId: actor.userId, scope, key } });
    await placeholder(new Date(Date.now() - IN_PROGRESS_TIMEOUT_MS - 1_000));
    expect((await handler(post("/api/things", { name: "Ada" }, key), noParams)).status).toBe(201);
    expect(state.calls).toBe(1);
  });

  it("stores 4xx answers, but releases the key after 5xx, 429 and unexpected errors so that a retry runs", async () => {
    const actor = await signIn();
    const { state, handler, scope } = counted();
    const send = (key: string) => handler(post("/api/things", { name: "Ada" }, key), noParams);

    const notFound = uniqueToken();
    state.fail = () => {
      throw new AppError("NOT_FOUND", "Thing not found");
    };
    const first = await send(notFound);
    expect(first.status).toBe(404);
    const replay = await send(notFound);
    expect(replay.status).toBe(404);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(await first.json());
    expect(state.calls).toBe(1);

    const failures: Array<() => never | Response> = [
      () => {
        throw new Error("database went away");
      },
      () => respond(503, { error: { code: "UNAVAILABLE", message: "Try again" } }),
      () => {
        throw new AppError("RATE_LIMITED", "Slow down", { retryAfterSeconds: 5 });
      },
    ];
    for (const fail of failures) {
      const key = uniqueToken();
      state.fail = fail;
      state.calls = 0;
      expect((await send(key)).status).toBeGreaterThanOrEqual(429);
      expect(await keyRow(actor.userId, scope, key)).toBeNull();
      state.fail = null;
      const retry = await send(key);
      expect(retry.status).toBe(201);
      expect(retry.headers.get("idempotent-replayed")).toBeNull();
      expect(state.calls).toBe(2);
    }
  });
});

describe("deleteExpiredIdempotencyKeys", () => {
  it("deletes keys past their expiry and keeps the others", async () => {
    const user = await makeCustomer();
    const scope = `test.${uniqueToken()}`;
    const at = (iso: string) => new Date(iso);
    const row = (key: string, expiresAt: Date) =>
      db.idempotencyKey.create({ data: { userId: user.id, scope, key, requestHash: "h", statusCode: 201, responseBody: {}, expiresAt }, select: { key: true } });
    await row("old", at("2001-01-01T00:00:00Z"));
    await row("older", at("2000-12-31T00:00:00Z"));
    await row("live", at("2001-01-03T00:00:00Z"));

    const { deleted } = await deleteExpiredIdempotencyKeys({ now: at("2001-01-02T00:00:00Z") });
    expect(deleted).toBeGreaterThanOrEqual(2);
    const left = await db.idempotencyKey.findMany({ where: { userId: user.id, scope }, select: { key: true } });
    expect(left.map((r) => r.key)).toEqual(["live"]);
  });
});
