import { expect, test } from "@playwright/test";
import { demo, sameOrigin, uiSignIn } from "./support";

test("an admin finds a user, suspends them with a reason, and that user can no longer sign in", async ({ browser, page }) => {
  const email = `e2e-suspend-${Date.now()}@example.com`;
  const password = "the-users-password-1";

  // A customer, signed in on their own device.
  const theirDevice = await browser.newContext();
  const signUp = await theirDevice.request.post("/api/users", { data: { email, password, name: "Sam Suspended", role: "customer" }, headers: sameOrigin });
  expect(signUp.status()).toBe(201);
  const { csrfToken } = await (await theirDevice.request.get("/api/auth/csrf")).json();
  await theirDevice.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, headers: sameOrigin });
  expect((await theirDevice.request.get("/api/me")).status()).toBe(200);

  // The admin opens the console from the navigation and searches by email.
  await uiSignIn(page, demo.admin);
  await expect(async () => {
    if (!/\/admin\/users$/.test(page.url())) await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByTestId("user-search").fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("user-row")).toHaveCount(1);
  // A click that lands while the list is still hydrating can be dropped by the client router: try again.
  const userPage = /\/admin\/users\/[^/?]+$/;
  await expect(async () => {
    if (!userPage.test(page.url())) await page.getByTestId("user-row").getByRole("link", { name: "Sam Suspended" }).click();
    await expect(page).toHaveURL(userPage, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId("admin-user")).toBeVisible();
  await expect(page.getByTestId("account-status")).toHaveText("active");

  // A reason is required: the form says so under the field.
  await page.getByTestId("suspend-user").click();
  await expect(page.getByTestId("suspension-form").getByTestId("field-error")).toContainText("Give a reason");
  await page.getByLabel("Why suspend this account?").fill("Chargeback fraud on three bookings");
  await page.getByTestId("suspend-user").click();
  await expect(page.getByTestId("account-status")).toHaveText("suspended");
  await expect(page.getByTestId("user-audit-entry").first()).toHaveAttribute("data-action", "user.suspended");
  await expect(page.getByTestId("user-audit-entry").first()).toContainText("Chargeback fraud on three bookings");

  // The audit log has it too.
  await expect(async () => {
    if (!/\/admin\/audit\?/.test(page.url())) await page.getByRole("link", { name: "Full history →" }).click();
    await expect(page).toHaveURL(/\/admin\/audit\?/, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId("audit-row").first()).toHaveAttribute("data-action", "user.suspended");

  // Their session ended, and signing in is refused with a clear message.
  expect((await theirDevice.request.get("/api/me")).status()).toBe(401);
  await theirDevice.close();
  const theirBrowser = await browser.newContext();
  const theirPage = await theirBrowser.newPage();
  await theirPage.goto("/sign-in");
  await theirPage.getByLabel("Email").fill(email);
  await theirPage.getByLabel("Password").fill(password);
  await theirPage.getByRole("button", { name: "Sign in" }).click();
  await expect(theirPage.getByTestId("sign-in-error")).toContainText("This account is suspended");
  await expect(theirPage).toHaveURL(/\/sign-in/);
  await theirBrowser.close();
});
