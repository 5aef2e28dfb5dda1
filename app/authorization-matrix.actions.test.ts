/**
 * The authorization matrix for server actions (see app/_authorization/README.md): an exported
 * server action is a public POST endpoint, so each is called by outsiders and by owners.
 */
import { NextRequest } from "next/server";
import { middleware } from "@/middleware";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { ACTION_CASES } from "./_authorization/action-cases";
import { actionFiles, callAction, checkAccess, importModule, ORIGIN } from "./_authorization/check-access";
import { buildWorld, type Who, type World } from "./_authorization/world";

// Only the token is faked: loading the actor, session versions, suspension and policies run for real.
jest.mock("next-auth/next", () => ({
  __esModule: true,
  ...jest.requireActual("next-auth/next"),
  getServerSession: () => jest.requireActual("./_authorization/session").currentSession(),
}));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
jest.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect ${to}`), { digest: `NEXT_REDIRECT;${to}` });
  },
}));

setupTestDatabase();

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

describe("authorization matrix: server actions", () => {
  it("lists every server action on disk, and none that is gone", async () => {
    const exported: string[] = [];
    for (const file of actionFiles()) {
      const exports = await importModule(file);
      for (const [name, value] of Object.entries(exports)) if (typeof value === "function") exported.push(`${file} ${name}`);
    }
    const listed = Object.entries(ACTION_CASES).flatMap(([file, actions]) => Object.keys(actions).map((name) => `${file} ${name}`));
    expect(listed.sort()).toEqual(exported.sort());
  });

  const cases = Object.entries(ACTION_CASES).flatMap(([file, actions]) => Object.entries(actions).map(([action, entry]) => ({ name: `${action} (${file})`, file, action, entry })));
  it.each(cases)("$name", async ({ file, action, entry }) => {
    const invoke = (w: World, who: Who) => (fn: (...args: unknown[]) => Promise<unknown>) => (entry.invoke ? entry.invoke(fn, w) : fn(entry.input?.(w, who) ?? {}));
    // Form wrappers answer with page state, not an ActionResult: only what they read and wrote counts.
    await checkAccess(world, entry.access, (w, who) => callAction(file, action, w, who, invoke(w, who)), { opaque: Boolean(entry.invoke) });
  });
});

describe("middleware is a first gate that a forged subrequest header cannot skip", () => {
  it.each(["/admin/disputes", "/dashboard", "/account/bookings"])("%s still redirects to sign-in", async (pathname) => {
    const response = await middleware(new NextRequest(`${ORIGIN}${pathname}`, { headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" } }));
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/sign-in");
  });
});
