import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: "node",
  setupFiles: ["<rootDir>/lib/testing/jest-env.ts"],
  globalSetup: "<rootDir>/lib/testing/global-setup.ts",
  testMatch: ["<rootDir>/lib/**/*.test.ts", "<rootDir>/scripts/**/*.test.ts", "<rootDir>/app/**/*.test.ts", "<rootDir>/components/**/*.test.ts", "<rootDir>/k8s/**/*.test.ts"],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    // Prisma 7's runtime ships .mjs entry points that Jest's CommonJS loader cannot require.
    "^@prisma/client/runtime/(.*)\\.mjs$": "<rootDir>/node_modules/@prisma/client/runtime/$1.js",
  },
  testTimeout: 60_000,
  maxWorkers: 2,
};

// Prisma's WebAssembly schema engine and sanitize-html's parser (htmlparser2 and its dom* and
// entities packages) are published as ESM only: let SWC compile them like our code.
export default async function jestConfig() {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns = resolved.transformIgnorePatterns.map((pattern) =>
    pattern.startsWith("/node_modules/(?!.pnpm)") ? pattern.replace("(?!(", "(?!(@prisma/schema-engine-wasm|htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities|") : pattern,
  );
  return resolved;
}
