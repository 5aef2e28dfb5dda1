import { z } from "zod";
import { AppError } from "./errors";
import { route } from "./http";
import { authedAction } from "./action";
import type { Actor } from "./auth/actor";

const actor: Actor = { userId: "user-7", role: "CUSTOMER", isSuperAdmin: false, providerId: null };
jest.mock("./auth/session", () => ({ getCurrentActor: async () => actor }));
const reportError = jest.fn(async () => undefined);
jest.mock("./report-error", () => ({ reportError: (...args: unknown[]) => reportError(...(args as [])) }));

const ctx = { params: Promise.resolve({}) };
const signedIn = (headers: Record<string, string> = {}) =>
  new Request("http://localhost:3000/api/thing", { headers: { cookie: "next-auth.session-token=x", ...headers } });

beforeEach(() => reportError.mockClear());

describe("unexpected errors reach the error reporter", () => {
  it("route(): a 500 is reported with the request id and the user id", async () => {
    const handler = route(async () => {
      throw new Error("db down");
    });
    const response = await handler(signedIn({ "x-request-id": "req-42" }), ctx);
    expect(response.status).toBe(500);
    expect(reportError).toHaveBeenCalledWith(expect.objectContaining({ message: "db down" }), { requestId: "req-42", userId: "user-7" });
  });

  it("route(): an AppError is an answer, not a report", async () => {
    const handler = route(async () => {
      throw new AppError("NOT_FOUND", "No such thing");
    });
    expect((await handler(signedIn(), ctx)).status).toBe(404);
    expect(reportError).not.toHaveBeenCalled();
  });

  it("authedAction(): an unexpected error is reported with the user and a fresh request id", async () => {
    const action = authedAction(z.object({}), async () => {
      throw new Error("queue full");
    });
    const result = await action({});
    expect(result).toEqual({ ok: false, error: { code: "INTERNAL", message: "Something went wrong. Please try again." } });
    expect(reportError).toHaveBeenCalledWith(expect.objectContaining({ message: "queue full" }), { requestId: expect.any(String), userId: "user-7" });
  });

  it("authedAction(): an AppError stays a result", async () => {
    const action = authedAction(z.object({}), async () => {
      throw new AppError("FORBIDDEN", "Not yours");
    });
    expect((await action({})).ok).toBe(false);
    expect(reportError).not.toHaveBeenCalled();
  });
});
