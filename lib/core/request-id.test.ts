import { z } from "zod";
import { route } from "./http";
import { publicAction } from "./action";
import { createLogger } from "./logger";
import { requestIdFrom } from "./request-id";
import type { Actor } from "./auth/actor";

const actor: Actor = { userId: "user-9", role: "CUSTOMER", isSuperAdmin: false, providerId: null };
jest.mock("./auth/session", () => ({ getCurrentActor: async () => actor }));
let actionHeaders = new Headers();
jest.mock("next/headers", () => ({ headers: async () => actionHeaders }));

/** A logger like the app's, writing into an array. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger("info", { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { log, lines };
}

const ctx = { params: Promise.resolve({}) };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdFrom", () => {
  it("honours a sane incoming id and replaces anything else with a UUID", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-7f3a9c.01:abc_DEF" }))).toBe("lb-7f3a9c.01:abc_DEF");
    expect(requestIdFrom(new Headers())).toMatch(UUID);
    for (const bad of ["has space", "quote\"d", "<script>", "x".repeat(129), "ünïcode"]) {
      expect(requestIdFrom(new Headers({ "x-request-id": bad }))).toMatch(UUID);
    }
  });
});

describe("request id propagation", () => {
  it("route(): the response carries the incoming id and every log line the id and the user", async () => {
    const { log, lines } = capturedLogger();
    const handler = route(async ({ requestId }) => {
      log.info({ step: "inside" }, "handling");
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.info("after an await");
      return { requestId };
    });
    const request = new Request("http://localhost/api/thing", { headers: { "x-request-id": "edge-req-0001", cookie: "next-auth.session-token=x" } });
    const response = await handler(request, ctx);
    expect(response.headers.get("x-request-id")).toBe("edge-req-0001");
    expect(await response.json()).toEqual({ requestId: "edge-req-0001" });
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatchObject({ requestId: "edge-req-0001", userId: "user-9" });
  });

  it("route(): generates an id when none (or a bad one) comes in, on success and error responses alike", async () => {
    const ok = await route(async () => ({ fine: true }))(new Request("http://localhost/api/thing"), ctx);
    expect(ok.headers.get("x-request-id")).toMatch(UUID);
    const failing = route(async () => {
      throw new Error("boom");
    });
    const error = await failing(new Request("http://localhost/api/thing", { headers: { "x-request-id": "bad id\r\n" } }), ctx);
    expect(error.status).toBe(500);
    expect(error.headers.get("x-request-id")).toMatch(UUID);
  });

  it("route(): a handler's own Response gets the header too", async () => {
    const handler = route(async () => new Response("plain"));
    const response = await handler(new Request("http://localhost/api/thing", { headers: { "x-request-id": "own-resp-42" } }), ctx);
    expect(response.headers.get("x-request-id")).toBe("own-resp-42");
  });

  it("lines outside a request carry no request id", () => {
    const { log, lines } = capturedLogger();
    log.info("background");
    expect(lines[0]).not.toHaveProperty("requestId");
  });

  it("actions: log lines carry the id middleware put on the request, and the user", async () => {
    actionHeaders = new Headers({ "x-request-id": "action-req-77" });
    const { log, lines } = capturedLogger();
    const action = publicAction(z.object({}), async () => {
      log.info("in the action");
      return "done";
    });
    expect(await action({})).toEqual({ ok: true, data: "done" });
    expect(lines[0]).toMatchObject({ requestId: "action-req-77", userId: "user-9" });
  });
});
