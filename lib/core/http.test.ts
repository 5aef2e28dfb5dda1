import { z } from "zod";
import { AppError } from "./errors";
import { route, respond } from "./http";
import type { Actor } from "./auth/actor";

// route() asks next-auth only when a session cookie is present; here the test decides who that is.
let mockActor: Actor | null = null;
jest.mock("./auth/session", () => ({ getCurrentActor: async () => mockActor }));

const Body = z.object({ name: z.string().min(2, "Too short") });
const echo = route(async ({ body }) => respond(201, await body(Body)));
const ctx = { params: Promise.resolve({}) };

function post(body: string, headers: Record<string, string> = {}) {
  return new Request("http://localhost:3000/api/echo", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
}

async function errorOf(response: Response) {
  return (await response.json()).error as { code: string; message: string; details?: { fields?: Record<string, string[]> } };
}

describe("route()", () => {
  it("parses a valid JSON body and keeps the handler's status", async () => {
    const response = await echo(post(JSON.stringify({ name: "Ada" })), ctx);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ name: "Ada" });
  });

  it("answers 422 with field details for invalid fields", async () => {
    const response = await echo(post(JSON.stringify({ name: "A" })), ctx);
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toEqual({
      code: "VALIDATION_FAILED",
      message: "Some fields are invalid",
      details: { fields: { name: ["Too short"] } },
    });
  });

  it("answers 400 for a body that is not JSON and 415 for another content type", async () => {
    expect((await echo(post("{nope"), ctx)).status).toBe(400);
    const form = new Request("http://localhost:3000/api/echo", { method: "POST", body: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect((await echo(form, ctx)).status).toBe(415);
  });

  it("refuses oversized bodies with 413, whether declared or streamed", async () => {
    const big = JSON.stringify({ name: "x".repeat(100_000) });
    expect((await echo(post(big), ctx)).status).toBe(413);
    const small = route(async ({ body }) => body(Body), { maxBodyBytes: 10 });
    expect((await small(post(JSON.stringify({ name: "long enough" })), ctx)).status).toBe(413);
  });

  it("refuses cookie-carrying writes from another origin, and ones with no origin at all", async () => {
    const cookie = { cookie: "theme=dark" };
    expect((await echo(post(JSON.stringify({ name: "Ada" }), { ...cookie, origin: "https://evil.example" }), ctx)).status).toBe(403);
    expect((await echo(post(JSON.stringify({ name: "Ada" }), cookie), ctx)).status).toBe(403);
    expect((await echo(post(JSON.stringify({ name: "Ada" }), { ...cookie, origin: "http://localhost:3000" }), ctx)).status).toBe(201);
  });

  it("maps AppError to its status and hides unexpected errors behind a generic 500", async () => {
    const conflict = route(async () => {
      throw new AppError("SLOT_TAKEN", "That time is no longer available", { nextFreeStarts: [] });
    });
    const conflictResponse = await conflict(new Request("http://localhost/x"), ctx);
    expect(conflictResponse.status).toBe(409);
    expect((await errorOf(conflictResponse)).code).toBe("SLOT_TAKEN");

    const crash = route(async () => {
      throw new Error("connection string postgres://secret@db leaked?");
    });
    const crashResponse = await crash(new Request("http://localhost/x", { headers: { "x-request-id": "req-1" } }), ctx);
    expect(crashResponse.status).toBe(500);
    expect(crashResponse.headers.get("x-request-id")).toBe("req-1");
    const body = JSON.stringify(await crashResponse.json());
    expect(body).not.toContain("secret");
  });

  it("answers 401 when a handler needs a signed-in actor and there is no session", async () => {
    const me = route(async ({ requireActor }) => requireActor());
    const response = await me(new Request("http://localhost/api/me"), ctx);
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe("UNAUTHENTICATED");
  });
});

describe("route() with an idempotency scope, before any key is stored", () => {
  // These paths never reach the database: the key is refused, absent, or not applicable.
  const session = { cookie: "next-auth.session-token=test", origin: "http://localhost:3000" };
  let calls = 0;
  const create = route(
    async ({ body }) => {
      calls++;
      return respond(201, await body(Body));
    },
    { idempotency: "test.create" },
  );
  const send = (key: string | null, extra: Record<string, string> = {}) =>
    create(post(JSON.stringify({ name: "Ada" }), { ...session, ...(key === null ? {} : { "idempotency-key": key }), ...extra }), ctx);

  beforeEach(() => {
    calls = 0;
    mockActor = { userId: "user-1", role: "CUSTOMER", isSuperAdmin: false, providerId: null };
  });

  it("answers 400 for a key that is empty, longer than 255 or not printable ASCII, without running the handler", async () => {
    for (const key of ["", "k".repeat(256), "clé-\u00e9t\u00e9", "tab\there"]) {
      const response = await send(key);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({ code: "BAD_REQUEST", message: "Idempotency-Key must be 1 to 255 printable ASCII characters" });
    }
    expect(calls).toBe(0);
  });

  it("runs normally without the header", async () => {
    const response = await send(null);
    expect(response.status).toBe(201);
    expect(response.headers.get("idempotent-replayed")).toBeNull();
    expect(calls).toBe(1);
  });

  it("leaves requests without a session to the handler, which answers 401", async () => {
    mockActor = null;
    const protectedCreate = route(async ({ requireActor }) => requireActor(), { idempotency: "test.create" });
    const response = await protectedCreate(post("{}", { ...session, "idempotency-key": "" }), ctx);
    expect(response.status).toBe(401);
  });

  it("ignores the key on safe methods", async () => {
    const read = route(async () => ({ ok: true }), { idempotency: "test.read" });
    const response = await read(new Request("http://localhost/api/echo", { headers: { ...session, "idempotency-key": "" } }), ctx);
    expect(response.status).toBe(200);
  });
});
