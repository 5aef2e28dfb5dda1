import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "playwright-report/**", "test-results/**", "next-env.d.ts"],
  },
  {
    // next.config.js stays CommonJS, as Next loads it.
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Services stay framework-free (house style rule 3): next/* belongs to app/ and middleware.ts.
    files: ["lib/**/*.ts"],
    ignores: ["lib/core/auth/session.ts", "lib/core/http.ts", "lib/core/action.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["next/*", "next"], message: "lib/ must not depend on Next.js" }] }],
    },
  },
];

export default config;
