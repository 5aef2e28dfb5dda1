import { expect, test } from "@playwright/test";
import { demo, fillCard, uiSignIn } from "./support";

// The first journey in the browser: a customer books a request-to-book service, the provider
// confirms it from the dashboard, the customer sees it confirmed and is notified (in-app and email).
test("customer requests a booking, provider confirms, customer is notified", async ({ browser }) => {
  const customerContext = await browser.newContext({ timezoneId: "Europe/London" });
  const customer = await customerContext.newPage();
  await uiSignIn(customer, demo.customer);

  await customer.goto("/providers");
  await expect(customer.getByTestId("provider-card").first()).toBeVisible();
  await customer.getByLabel("Search", { exact: true }).fill("Hearth Demo");
  await customer.getByLabel("City").selectOption("Brooklyn");
  await customer.getByRole("button", { name: "Search" }).click();
  await expect(customer).toHaveURL(/q=Hearth\+Demo/);
  await customer.locator(`[data-testid="provider-card"][data-slug="${demo.providerSlug}"]`).getByRole("link").first().click();
  await expect(customer).toHaveURL(new RegExp(`/providers/${demo.providerSlug}$`));
  await expect(customer.getByRole("heading", { name: "Hearth Demo Cleaning" })).toBeVisible();

  await customer.getByRole("link", { name: "Book Deep clean" }).click();
  await expect(customer.getByTestId("timezone-note")).toContainText("Europe/London");
  await expect(customer.getByTestId("timezone-note")).toContainText("America/New_York");
  const slot = customer.getByTestId("slot").first();
  const start = await slot.getAttribute("data-start");
  await slot.click();
  await customer.getByLabel("Address").fill("12 Garden Lane, Brooklyn");
  await customer.getByLabel("Notes (optional)").fill("Please bring eco products");
  await fillCard(customer);
  await customer.getByRole("button", { name: "Request booking" }).click();

  await expect(customer).toHaveURL(/\/account\/bookings\/[^/?]+/);
  await expect(customer.getByTestId("booking-status")).toHaveText("REQUESTED");
  const bookingId = new URL(customer.url()).pathname.split("/").pop()!;

  const providerContext = await browser.newContext();
  const provider = await providerContext.newPage();
  await uiSignIn(provider, demo.provider);
  await provider.goto("/dashboard/bookings");
  const row = provider.locator(`[data-testid="provider-booking"][data-booking-id="${bookingId}"]`);
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Confirm" }).click();
  await expect(row.getByTestId("booking-status")).toHaveText("CONFIRMED");
  // The row changes before the server answers (optimistic); the toast says the server confirmed it.
  await expect(provider.locator("[data-sonner-toast]").filter({ hasText: "Booking confirmed" })).toBeVisible();

  await customer.goto(`/account/bookings/${bookingId}`);
  await expect(customer.getByTestId("booking-status")).toHaveText("CONFIRMED");

  // The confirmation reached the customer in the app…
  await expect(async () => {
    await customer.goto("/account/notifications");
    await expect(customer.getByText(/confirmed/i).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(customer.getByTestId("notification-bell")).toBeVisible();

  // …and by email, readable by admins in the dev mailbox.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await uiSignIn(admin, demo.admin);
  await admin.goto("/admin/emails");
  await expect(admin.getByText(demo.customer).first()).toBeVisible();
  await expect(admin.getByText(/confirmed/i).first()).toBeVisible();

  expect(start).toBeTruthy();
  await Promise.all([customerContext.close(), providerContext.close(), adminContext.close()]);
});

test("the gate sends visitors to sign in and keeps customers out of the provider dashboard", async ({ page }) => {
  await page.goto("/dashboard/bookings");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard%2Fbookings/);
  await uiSignIn(page, demo.customer);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText("This page needs a different account")).toBeVisible();
});

test("sign-up shows field errors, then creates the account and signs in", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(demo.customer);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("field-error").first()).toBeVisible();

  const email = `e2e-${Date.now()}@example.com`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByLabel("Your name").fill("E2E Customer");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
});
