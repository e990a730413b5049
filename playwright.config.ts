import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production build (`npm run test:e2e` = `npm run build && playwright
 * test`). The web server below serves the build the way `npm start` does (scripts/start.ts) on a
 * fresh, seeded embedded database in a temporary folder and removes it again when the run ends
 * (tests/e2e/support/test-server.ts).
 */
const PORT = Number(process.env.E2E_PORT || 3311);
const baseURL = `http://127.0.0.1:${PORT}`;
const CI = Boolean(process.env.CI);

// Debian's Chromium when present (this project's machines); otherwise Playwright's own browser.
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// Specs that change an account's state (a lock-out, a new password) run after all others, so
// that no other test signs in with those accounts afterwards (see tests/e2e/support/accounts.ts).
const ACCOUNT_STATE_SPECS = /(sign-in-limit|change-password)\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The list reporter ends with the summary line (passed, failed, flaky, time).
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: ACCOUNT_STATE_SPECS,
    },
    {
      name: "account-state",
      use: { ...devices["Desktop Chrome"] },
      testMatch: ACCOUNT_STATE_SPECS,
      dependencies: ["chromium"],
    },
  ],
  webServer: {
    command: "npx tsx tests/e2e/support/test-server.ts",
    url: `${baseURL}/api/health`,
    env: { PORT: String(PORT), E2E_HOST: "127.0.0.1" },
    reuseExistingServer: false,
    // Migrating and seeding a fresh embedded database takes a few seconds; a cold start more.
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
