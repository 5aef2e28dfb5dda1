import { expect, type Browser, type Page } from "@playwright/test";
import { demo, uiSignIn } from "./support";

/**
 * The link in the newest email with `subject` to `to`, read as an admin from the dev mailbox
 * (/admin/emails, text view). Emails go out after commit, so the row may take a moment to appear.
 */
export async function linkFromMailbox(browser: Browser, { to, subject, path }: { to: string; subject: string; path: string }): Promise<string> {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await uiSignIn(admin, demo.admin);
  let href = "";
  await expect(async () => {
    await admin.goto(`/admin/emails?to=${encodeURIComponent(to)}`);
    await admin.getByTestId("mailbox-row").filter({ hasText: subject }).first().getByRole("link", { name: subject }).click();
    await admin.getByRole("link", { name: "Text" }).click();
    await expect(admin).toHaveURL(/view=text/);
    const text = await admin.locator("pre").first().innerText();
    const match = text.match(new RegExp(`https?://\\S*${path.replace(/[/]/g, "\\/")}\\?token=\\S+`));
    expect(match).not.toBeNull();
    href = match![0];
  }).toPass({ timeout: 20_000 });
  await context.close();
  // The email's links use APP_URL; the test server may listen elsewhere, so keep the path and query.
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
}

/** Follows the verification link emailed to `to` and confirms it, in `page` (signed in or not). */
export async function verifyEmailThroughMailbox(browser: Browser, page: Page, to: string): Promise<void> {
  await page.goto(await linkFromMailbox(browser, { to, subject: "Confirm your email address", path: "/verify-email" }));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByTestId("email-verified")).toBeVisible();
}
