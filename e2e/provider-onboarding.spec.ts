import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { verifyEmailThroughMailbox } from "./mailbox";
import { fillCard } from "./support";

// A brand-new provider goes from sign-up to a live, bookable listing through the dashboard's
// checklist, and a brand-new customer finds and books them.
test("a new provider completes the checklist, appears in search and is booked by a new customer", async ({ browser }) => {
  const stamp = Date.now();
  const businessName = `E2E Onboarding ${stamp}`;
  const providerContext = await browser.newContext({ timezoneId: "America/New_York" });
  const provider = await providerContext.newPage();

  await provider.goto("/sign-up?role=provider");
  await provider.getByLabel("Business name").fill(businessName);
  await provider.getByLabel("City").fill("Brooklyn");
  const email = `e2e-onboarding-${stamp}@example.com`;
  await provider.getByLabel("Email").fill(email);
  await provider.getByLabel("Password").fill("a-long-enough-password");
  await provider.getByRole("button", { name: "Create account" }).click();
  await expect(provider).toHaveURL(/\/dashboard$/);

  const checklist = provider.getByTestId("listing-checklist");
  await expect(checklist).toHaveAttribute("data-live", "false");
  for (const key of ["profile", "service", "hours", "payouts"]) await expect(checklist.getByTestId(`checklist-${key}`)).toHaveAttribute("data-done", "false");
  // Not live yet: the public page is a preview for the owner only.
  const slug = await provider.evaluate(async () => (await (await fetch("/api/providers/me")).json()).slug as string);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/api/providers/${slug}`)).status()).toBe(404);

  // 1. Profile: headline, bio (markup is dropped), a photo; a bad latitude shows its field error first.
  await checklist.getByTestId("checklist-profile").getByRole("link", { name: "Fix this →" }).click();
  await expect(provider).toHaveURL(/\/dashboard\/profile$/);
  await provider.getByLabel("Headline").fill("Spotless flats, every time");
  await provider.getByLabel("About you").fill("<b>Ten years</b> of deep cleans in Brooklyn.");
  await provider.getByLabel("Latitude").fill("95");
  await provider.getByRole("button", { name: "Save profile" }).click();
  await expect(provider.getByTestId("field-error").first()).toHaveText("The latitude must be between -90 and 90");
  await provider.getByLabel("Latitude").fill("40.71");
  await provider.getByLabel("Longitude").fill("-73.95");
  await provider.getByLabel("Languages").fill("en, es");
  await provider.getByRole("button", { name: "Save profile" }).click();
  await expect(provider.getByTestId("profile-status")).toHaveText("Profile saved.");
  await expect(provider.getByLabel("About you")).toHaveValue("Ten years of deep cleans in Brooklyn.");
  const png = await sharp({ create: { width: 800, height: 800, channels: 3, background: "#c85" } }).png().toBuffer();
  await provider.getByLabel("Profile photo").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: png });
  await expect(provider.getByTestId("profile-photo")).toBeVisible();

  // 2. A service in a leaf category.
  await provider.goto("/dashboard/services");
  await provider.getByRole("link", { name: "New service" }).first().click();
  await provider.getByLabel("Name").fill("Onboarding clean");
  await provider.getByLabel("Category").selectOption({ label: "Cleaning" });
  await provider.getByLabel("Price (in cents)").fill("9000");
  await provider.getByLabel("Deposit (in cents, optional)").fill("9500");
  await provider.getByRole("button", { name: "Create service" }).click();
  await expect(provider.getByTestId("field-error").first()).toHaveText("The deposit cannot be more than the price");
  await provider.getByLabel("Deposit (in cents, optional)").fill("");
  await provider.getByRole("button", { name: "Create service" }).click();
  await expect(provider).toHaveURL(/\/dashboard\/services\/[^/?]+\?created=1$/);
  await expect(provider.getByRole("heading", { name: "Onboarding clean" })).toBeVisible();

  // 3. Weekly hours: open every day, 08:00–20:00.
  await provider.goto("/dashboard/availability");
  for (const weekday of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) {
    const closed = provider.getByLabel(`${weekday} Closed`, { exact: true });
    if (await closed.isChecked()) await closed.uncheck();
    await provider.getByLabel(`${weekday} interval 1 From`, { exact: true }).fill("08:00");
    await provider.getByLabel(`${weekday} interval 1 To`, { exact: true }).fill("20:00");
  }
  await provider.getByRole("button", { name: "Save hours" }).click();
  await expect(provider.getByTestId("weekly-status")).toContainText("Hours saved");

  // 4. Payouts through the test-mode onboarding.
  // Payouts need a confirmed email: follow the link the sign-up sent.
  await verifyEmailThroughMailbox(browser, provider, email);
  await provider.goto("/dashboard/payouts");
  await provider.getByRole("button", { name: "Set up payouts" }).click();
  await expect(provider.getByTestId("payout-status")).toHaveText("Payouts enabled");

  await provider.goto("/dashboard");
  await expect(checklist).toHaveAttribute("data-live", "true");
  expect((await anonymous.request.get(`/api/providers/${slug}`)).status()).toBe(200);

  // A brand-new customer finds the provider in search and books the service.
  const customerContext = await browser.newContext({ timezoneId: "America/New_York" });
  const customer = await customerContext.newPage();
  await customer.goto("/sign-up");
  await customer.getByLabel("Email").fill(`e2e-onboarding-customer-${stamp}@example.com`);
  await customer.getByLabel("Password").fill("a-long-enough-password");
  await customer.getByLabel("Your name").fill("E2E New Customer");
  await customer.getByRole("button", { name: "Create account" }).click();
  await expect(customer.getByTestId("current-user")).toBeVisible();

  await customer.goto("/providers");
  await customer.getByLabel("Search", { exact: true }).fill(businessName);
  await customer.getByRole("button", { name: "Search" }).click();
  const card = customer.locator(`[data-testid="provider-card"][data-slug="${slug}"]`);
  await expect(card).toBeVisible();
  await card.getByRole("link").first().click();
  await expect(customer.getByRole("heading", { name: businessName })).toBeVisible();
  await expect(customer.getByTestId("provider-headline")).toHaveText("Spotless flats, every time");
  await expect(customer.getByTestId("provider-photo")).toBeVisible();
  await customer.getByRole("link", { name: "Book Onboarding clean" }).click();
  await customer.getByTestId("slot").first().click();
  await customer.getByLabel("Address").fill("1 Test Street, Brooklyn");
  await fillCard(customer);
  await customer.getByRole("button", { name: "Request booking" }).click();
  await expect(customer).toHaveURL(/\/account\/bookings\/[^/?]+/);
  await expect(customer.getByTestId("booking-status")).toHaveText("REQUESTED");

  await Promise.all([providerContext.close(), customerContext.close(), anonymous.close()]);
});
