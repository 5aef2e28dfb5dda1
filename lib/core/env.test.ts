/** env.ts reads process.env once at import: each case loads a fresh copy under its own environment. */
function loadEnvWith(vars: Record<string, string | undefined>): typeof import("./env") {
  const saved = { ...process.env };
  Object.assign(process.env, vars);
  for (const [key, value] of Object.entries(vars)) if (value === undefined) delete process.env[key];
  try {
    let loaded!: typeof import("./env");
    jest.isolateModules(() => {
      loaded = jest.requireActual("./env");
    });
    return loaded;
  } finally {
    process.env = saved;
  }
}

const production = { NODE_ENV: "production", DATABASE_URL: "postgresql://db.example/hearth", NEXTAUTH_SECRET: undefined };

describe("runtime secrets", () => {
  it("lets `next build` import the environment without production secrets", () => {
    const env = loadEnvWith({ ...production, NEXT_PHASE: "phase-production-build" });
    expect(env.missingRuntimeSecret()).toBeNull();
  });

  it("refuses to start a production server on a real database without NEXTAUTH_SECRET", () => {
    const env = loadEnvWith({ ...production, NEXT_PHASE: undefined });
    expect(env.missingRuntimeSecret()).toMatch(/NEXTAUTH_SECRET must be set/);
  });

  it("starts with the secret set, and on embedded defaults without one", () => {
    expect(loadEnvWith({ ...production, NEXT_PHASE: undefined, NEXTAUTH_SECRET: "s3cret" }).missingRuntimeSecret()).toBeNull();
    expect(loadEnvWith({ ...production, NEXT_PHASE: undefined, DATABASE_URL: undefined }).missingRuntimeSecret()).toBeNull();
  });
});
