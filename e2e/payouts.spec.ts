import { expect, test, type Page } from "@playwright/test";
import { demo, uiSignIn } from "./support";
import { verifyEmailThroughMailbox } from "./mailbox";

// Payouts in test mode (no STRIPE_SECRET_KEY): onboarding completes through the return URL the
// test-mode processor builds, and every page that shows money says it is not real money.

async function expectTestModeLabel(page: Page) {
  await expect(page.getByTestId("test-mode-label").first()).toHaveText("Test mode — no real money");
}

async function expectBalanceCards(page: Page) {
  for (const [testId, label] of [
    ["balance-pending", "Pending"],
    ["balance-available", "Available"],
    ["balance-paidOut", "Paid out"],
  ]) {
    await expect(page.getByTestId(testId).first()).toContainText(label);
  }
}

test("a new provider sets up payouts in test mode", async ({ page, browser }) => {
  const email = `e2e-payouts-${Date.now()}@example.com`;
  await page.goto("/sign-up?role=provider");
  await page.getByLabel("Business name").fill(`E2E Payouts ${Date.now()}`);
  await page.getByLabel("City").fill("Brooklyn");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  // Payouts need a confirmed email: follow the link the sign-up sent.
  await verifyEmailThroughMailbox(browser, page, email);
  await page.goto("/dashboard");

  await page.getByRole("link", { name: "Payouts", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/payouts$/);
  await expect(page.getByTestId("payout-status")).toHaveText("Not set up");
  await expectTestModeLabel(page);
  await expectBalanceCards(page);

  await page.getByRole("button", { name: "Set up payouts" }).click();
  // Test mode's "onboarding" is the return URL itself; the page finishes it and drops the query.
  await expect(page).toHaveURL(/\/dashboard\/payouts\?setup=complete$/);
  await expect(page.getByTestId("setup-notice")).toContainText("Payouts are set up");
  await expect(page.getByTestId("payout-status")).toHaveText("Payouts enabled");
  await expect(page.getByRole("button", { name: "Set up payouts" })).toHaveCount(0);

  // It stays set up.
  await page.goto("/dashboard/payouts");
  await expect(page.getByTestId("payout-status")).toHaveText("Payouts enabled");

  // A made-up account on the return URL completes nothing and says so.
  await page.goto("/dashboard/payouts?onboarding=return&test_onboarding=tm_acct_not_mine");
  await expect(page).toHaveURL(/\?setup=failed$/);
  await expect(page.getByTestId("setup-notice")).toContainText("couldn't finish");
});

test("the demo provider sees balances, payouts and earnings labelled as test mode", async ({ page }) => {
  await uiSignIn(page, demo.provider);
  await page.goto("/dashboard/payouts");
  await expect(page.getByRole("heading", { name: "Payouts", level: 1 })).toBeVisible();
  await expect(page.getByTestId("payout-status")).toHaveText("Payouts enabled");
  await expectTestModeLabel(page);
  await expectBalanceCards(page);
  // The demo services charge in dollars; the button names the exact amount it pays out.
  const usd = page.locator('[data-testid="balance-group"][data-currency="USD"]');
  await expect(usd.getByTestId("balance-available")).toContainText("$");
  await expect(usd.getByTestId("pay-out-USD")).toHaveText(/^Pay out \$[\d,.]+$/);
  await expect(page.getByRole("heading", { name: "Recent payouts" })).toBeVisible();

  await page.getByRole("link", { name: "Earnings" }).click();
  await expect(page).toHaveURL(/\/dashboard\/earnings$/);
  await expect(page.getByRole("heading", { name: "Earnings", level: 1 })).toBeVisible();
  await expectTestModeLabel(page);

  // The revenue page is not for providers.
  await page.goto("/admin/revenue");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("admins see revenue from the ledger", async ({ page }) => {
  await uiSignIn(page, demo.admin);
  await page.getByRole("link", { name: "Revenue" }).click();
  await expect(page).toHaveURL(/\/admin\/revenue$/);
  await expectTestModeLabel(page);
  await expect(page.getByTestId("ledger-check")).toContainText("The ledger balances");
});
