/**
 * The authorization matrix for route handlers (see app/_authorization/README.md): every route on
 * disk, called by outsiders and by owners against Alice's and Paula's things.
 */
import { checkAccess, callRoute, importModule, METHODS, routeFiles } from "./_authorization/check-access";
import { ROUTE_CASES } from "./_authorization/route-cases";
import { buildWorld, type World } from "./_authorization/world";
import { setupTestDatabase } from "@/lib/testing/test-database";

// Only the token is faked: loading the actor, session versions, suspension and policies run for real.
jest.mock("next-auth/next", () => ({
  __esModule: true,
  ...jest.requireActual("next-auth/next"),
  getServerSession: () => jest.requireActual("./_authorization/session").currentSession(),
}));

setupTestDatabase();

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

describe("authorization matrix: route handlers", () => {
  it("lists every route handler on disk, and none that is gone", async () => {
    const exported: string[] = [];
    for (const file of routeFiles()) {
      const exports = await importModule(file);
      for (const method of METHODS) if (typeof exports[method] === "function") exported.push(`${file} ${method}`);
    }
    const listed = Object.entries(ROUTE_CASES).flatMap(([file, methods]) => Object.keys(methods).map((method) => `${file} ${method}`));
    expect(listed.sort()).toEqual(exported.sort());
  });

  const cases = Object.entries(ROUTE_CASES).flatMap(([file, methods]) =>
    Object.entries(methods).map(([method, entry]) => ({ name: `${method} ${file.replace(/^app\//, "").replace(/\/route\.ts$/, "")}`, file, method, entry: entry! })),
  );
  it.each(cases)("$name", async ({ file, method, entry }) => {
    await checkAccess(world, entry.access, (w, who) => callRoute(file, method, w, who, entry.call?.(w, who) ?? {}));
  });
});
