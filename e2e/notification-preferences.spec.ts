import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { apiSignIn, baseURL, demo, sameOrigin, uiSignIn } from "./support";

// Notification preferences: the demo customer's settings page, and the unsubscribe link that every
// email they may switch off carries (read here from the dev mailbox, as an admin). Each test puts
// the demo customer's preferences back as they were, since specs share the demo database.

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await uiSignIn(page, email);
  return page;
}

const emailBox = (page: Page, label: string) => page.getByRole("checkbox", { name: `${label}: email`, exact: true });

async function savePreferences(page: Page) {
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByTestId("preferences-status")).toHaveText("Preferences saved.");
}

test("the demo customer switches an email type off in settings, and it stays off", async ({ browser }) => {
  const page = await signedInPage(browser, demo.customer);
  await page.goto("/account/notifications");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/account\/settings\/notifications$/);

  // Transactional emails are shown on and cannot be switched off.
  await expect(emailBox(page, "Booking confirmations")).toBeChecked();
  await expect(emailBox(page, "Booking confirmations")).toBeDisabled();

  await expect(emailBox(page, "Reminders")).toBeChecked();
  await emailBox(page, "Reminders").uncheck();
  await savePreferences(page);

  await page.reload();
  await expect(emailBox(page, "Reminders")).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Reminders: in-app", exact: true })).toBeChecked();

  await emailBox(page, "Reminders").check();
  await savePreferences(page);
  await page.reload();
  await expect(emailBox(page, "Reminders")).toBeChecked();
  await page.context().close();
});

const unreadOnBell = async (page: Page) => Number((await page.getByTestId("notification-bell").getAttribute("aria-label"))?.match(/(\d+) unread/)?.[1] ?? 0);

test("the unsubscribe link in an email turns that email type off, without signing in", async ({ browser }) => {
  // The customer's page is open meanwhile: its bell counts the decline live, well before its 60 s poll.
  const settings = await signedInPage(browser, demo.customer);
  await settings.goto("/account/settings/notifications");
  await expect(settings.getByTestId("notification-bell")).toBeVisible();
  const unreadBefore = await unreadOnBell(settings);

  // A request-to-book makes the "Request sent" email, which a customer may switch off.
  const customer = await playwrightRequest.newContext({ baseURL });
  const provider = await playwrightRequest.newContext({ baseURL });
  await apiSignIn(customer, demo.customer);
  await apiSignIn(provider, demo.provider);
  const profile = await (await customer.get(`/api/providers/${demo.providerSlug}`)).json();
  const service = profile.services.find((s: { name: string }) => s.name === "Deep clean");
  const slots = (await (await customer.get(`/api/services/${service.id}/slots`)).json()).data as { start: string }[];
  const created = await customer.post("/api/bookings", {
    data: { serviceId: service.id, start: slots[Math.floor(slots.length / 2)].start, address: "1 Test Street", paymentMethod: "4242424242424242" },
    headers: sameOrigin,
  });
  expect(created.status()).toBe(201);
  const body = await created.json();
  const bookingId: string = body.id ?? body.booking?.id;
  // Declined at once, so the time is free again for other specs.
  expect((await provider.post(`/api/bookings/${bookingId}/decline`, { headers: sameOrigin })).status()).toBe(200);
  await expect.poll(() => unreadOnBell(settings), { timeout: 15_000 }).toBe(unreadBefore + 1);

  // The admin reads the email in the dev mailbox and finds its unsubscribe link.
  const admin = await signedInPage(browser, demo.admin);
  let link = "";
  await expect(async () => {
    await admin.goto(`/admin/emails?to=${encodeURIComponent(demo.customer)}`);
    const rows = admin.getByTestId("mailbox-row").filter({ hasText: "Request sent: Deep clean" });
    const href = await rows.first().getByRole("link").first().getAttribute("href");
    expect(href).toMatch(/^\/admin\/emails\//);
    await admin.goto(`${href}?view=text`);
    const text = (await admin.locator("pre").textContent()) ?? "";
    expect(text).toContain(bookingId);
    link = text.match(/Unsubscribe: (\S+)/)?.[1] ?? "";
    expect(link).toMatch(/\/unsubscribe\?token=/);
  }).toPass({ timeout: 30_000 });

  // Opened signed out, as from a mail app.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { name: "You're unsubscribed" })).toBeVisible();
  await expect(visitor.getByTestId("unsubscribe-result")).toContainText("Emails turned off: Booking requests");
  await expect(visitor.getByRole("link", { name: "Notification settings" })).toBeVisible();

  await settings.reload();
  await expect(emailBox(settings, "Booking requests")).not.toBeChecked();
  await expect(emailBox(settings, "Reminders")).toBeChecked();

  // The mail client's one-click POST (RFC 8058) with the same token: accepted, nothing more to change.
  const token = new URL(link).searchParams.get("token")!;
  const oneClick = await playwrightRequest.newContext({ baseURL });
  const response = await oneClick.post(`/unsubscribe/one-click?token=${encodeURIComponent(token)}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ type: "booking.requested", changed: false });
  // A link altered by one character is refused.
  const forged = await oneClick.post(`/unsubscribe/one-click?token=${encodeURIComponent(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)}`);
  expect(forged.status()).toBe(400);

  // Undo from the landing page puts it back.
  await visitor.getByRole("button", { name: "Undo: keep sending them" }).click();
  await expect(visitor.getByTestId("unsubscribe-state")).toHaveText("You'll get booking requests emails again.");
  await settings.reload();
  await expect(emailBox(settings, "Booking requests")).toBeChecked();

  await Promise.all([customer.dispose(), provider.dispose(), oneClick.dispose()]);
  await Promise.all([admin.context().close(), visitor.context().close(), settings.context().close()]);
});
