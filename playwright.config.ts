import { defineConfig, devices } from "@playwright/test";

// Playwright drives Debian's chromium (no browser downloads on our machines).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // One retry on CI, where the machine also runs the other configuration's build: a journey that
  // fails twice is a failure, one that passes on retry is reported as flaky in the list output.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A fresh database each run: the embedded PGlite under .data/e2e, or the DATABASE_URL one reset.
    command: "bash scripts/e2e-server.sh",
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(port), APP_URL: baseURL, NEXTAUTH_URL: baseURL, OUTBOX_POLL_MS: "500", REQUEST_LIMITS_SCALE: "100" },
    stdout: "pipe",
    stderr: "pipe",
  },
});
