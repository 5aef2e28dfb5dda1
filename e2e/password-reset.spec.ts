import { expect, test } from "@playwright/test";
import { sameOrigin } from "./support";
import { linkFromMailbox } from "./mailbox";

test("a user resets a forgotten password by email; the old password and old sessions stop working", async ({ browser, page }) => {
  const email = `e2e-reset-${Date.now()}@example.com`;
  const oldPassword = "the-old-password-1";
  const newPassword = "the-new-password-2";

  // An account, signed in on another device with the old password.
  const otherDevice = await browser.newContext();
  const signUp = await otherDevice.request.post("/api/users", { data: { email, password: oldPassword, name: "Riley Reset", role: "customer" }, headers: sameOrigin });
  expect(signUp.status()).toBe(201);
  const { csrfToken } = await (await otherDevice.request.get("/api/auth/csrf")).json();
  await otherDevice.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: oldPassword, json: "true" }, headers: sameOrigin });
  expect((await otherDevice.request.get("/api/me")).status()).toBe(200);

  // Forgot password? → request page → the email's link.
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByTestId("reset-requested")).toContainText("If an account uses this email");

  const link = await linkFromMailbox(browser, { to: email, subject: "Reset your Hearth password", path: "/reset-password" });
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByTestId("password-reset-done")).toBeVisible();

  // The link is single-use.
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("yet-another-password-3");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByTestId("reset-error")).toContainText("invalid or has expired");

  // The other device's session ended with the reset.
  expect((await otherDevice.request.get("/api/me")).status()).toBe(401);
  await otherDevice.close();

  // The old password fails; the new one signs in.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(oldPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toContainText("Email or password is incorrect");
  await page.getByLabel("Password").fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByTestId("current-user")).toHaveText("Riley Reset");
});
