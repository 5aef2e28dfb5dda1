import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser, type Page, type Request } from "@playwright/test";
import { apiSignIn, baseURL, demo, sameOrigin, TEST_CARD, uiSignIn } from "./support";

// The client side: optimistic React Query updates (bell, dashboard answers) with toasts, route
// skeletons, and the crawler files. Specs share the demo database, so each test frees what it books.

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await uiSignIn(page, email);
  return page;
}

async function apiContext(email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  await apiSignIn(context, email);
  return context;
}

/** A request-to-book for the demo's Deep clean at its latest free start (first on the provider's "All" tab). */
async function requestDeepClean(customer: APIRequestContext): Promise<string> {
  const profile = await (await customer.get(`/api/providers/${demo.providerSlug}`)).json();
  const service = profile.services.find((s: { name: string }) => s.name === "Deep clean");
  const slots = (await (await customer.get(`/api/services/${service.id}/slots`)).json()).data as { start: string }[];
  const created = await customer.post("/api/bookings", {
    data: { serviceId: service.id, start: slots[slots.length - 1].start, address: "1 Client Street", paymentMethod: TEST_CARD },
    headers: sameOrigin,
  });
  expect(created.status()).toBe(201);
  const body = await created.json();
  return body.id ?? body.booking?.id;
}

const unreadOnBell = async (page: Page) => Number((await page.getByTestId("notification-bell").getAttribute("aria-label"))?.match(/(\d+) unread/)?.[1] ?? 0);

test("marking all notifications read empties the bell at once, before the server answers", async ({ browser }) => {
  const customer = await apiContext(demo.customer);
  const providerApi = await apiContext(demo.provider);
  const bookingId = await requestDeepClean(customer);

  const provider = await signedInPage(browser, demo.provider);
  await provider.goto("/account/notifications");
  // The request's notification reaches the provider (outbox → handler), so there is something unread.
  await expect.poll(() => unreadOnBell(provider), { timeout: 20_000 }).toBeGreaterThan(0);
  await provider.reload();
  await expect(provider.getByRole("button", { name: "Mark all as read" })).toBeVisible();

  // Hold the server's answer for 3 s: the bell must not wait for it.
  let released = false;
  await provider.route("**/api/notifications/read", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    released = true;
    await route.continue();
  });
  await provider.getByRole("button", { name: "Mark all as read" }).click();
  await expect.poll(() => unreadOnBell(provider), { timeout: 2_000 }).toBe(0);
  expect(released).toBe(false);
  await expect(provider.getByTestId("notification-count")).toHaveCount(0);

  // Once the server has answered (and the list is refreshed), the count stays at zero.
  await expect(provider.getByRole("button", { name: "Mark all as read" })).toHaveCount(0, { timeout: 15_000 });
  expect(await unreadOnBell(provider)).toBe(0);

  expect((await providerApi.post(`/api/bookings/${bookingId}/decline`, { headers: sameOrigin })).status()).toBe(200);
  await provider.context().close();
});

test("confirming a request on the dashboard changes the row in place and says so in a toast", async ({ browser }) => {
  const customer = await apiContext(demo.customer);
  const providerApi = await apiContext(demo.provider);
  const bookingId = await requestDeepClean(customer);

  const provider = await signedInPage(browser, demo.provider);
  await provider.goto("/dashboard/bookings");
  const row = provider.locator(`[data-testid="provider-booking"][data-booking-id="${bookingId}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId("booking-status")).toHaveText("REQUESTED");

  // A marker on the window: it survives only if the page is not reloaded.
  await provider.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await row.getByRole("button", { name: /^Confirm Deep clean/ }).click();
  await expect(row.getByTestId("booking-status")).toHaveText("CONFIRMED");
  await expect(provider.locator("[data-sonner-toast]").filter({ hasText: "Booking confirmed: Deep clean" })).toBeVisible();
  await expect(row.getByRole("button", { name: /^Cancel Deep clean/ })).toBeVisible();
  expect(await provider.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

  // The provider cancels it (a full refund) to free the time for other specs; a toast again.
  await row.getByRole("button", { name: /^Cancel Deep clean/ }).click();
  await row.getByRole("button", { name: /^Confirm cancellation/ }).click();
  await expect(row.getByTestId("booking-status")).toHaveText("CANCELLED");
  await expect(provider.locator("[data-sonner-toast]").filter({ hasText: "Booking cancelled." })).toBeVisible();
  expect((await (await providerApi.get(`/api/bookings/${bookingId}`)).json()).status).toBe("CANCELLED");
  await provider.context().close();
});

/** Tracks the page's requests that match: settled once one finished, none is open, and a second passed quietly. */
function settledRequests(page: Page, matches: (request: Request) => boolean) {
  const open = new Set<Request>();
  let finished = 0;
  let lastChange = Date.now();
  page.on("request", (request) => {
    if (!matches(request)) return;
    open.add(request);
    lastChange = Date.now();
  });
  const done = (request: Request) => {
    if (!open.delete(request)) return;
    finished++;
    lastChange = Date.now();
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return { settled: () => finished > 0 && open.size === 0 && Date.now() - lastChange > 1_000 };
}

test("a slow route shows its loading skeleton while the page streams in", async ({ browser }) => {
  const customer = await signedInPage(browser, demo.customer);
  const isBookingsRsc = (url: URL) => url.pathname === "/account/bookings" && url.searchParams.has("_rsc");
  // The header's link prefetches the route down to its loading.tsx, which is what shows at once.
  // The router may prefetch in several requests (tree, then segments); wait until all have
  // finished and no new one has started for a second, however slow the machine is.
  const prefetches = settledRequests(customer, (request) => isBookingsRsc(new URL(request.url())) && Boolean(request.headers()["next-router-prefetch"]));
  await customer.goto("/providers");
  await expect.poll(prefetches.settled, { timeout: 30_000 }).toBe(true);
  // Hold the navigation's server render (not the prefetch) so that the skeleton stays on screen.
  await customer.route(isBookingsRsc, async (route) => {
    if (!route.request().headers()["next-router-prefetch"]) await new Promise((resolve) => setTimeout(resolve, 2_500));
    await route.continue();
  });
  await customer.getByRole("link", { name: "My bookings" }).click();
  await expect(customer.getByTestId("page-skeleton")).toBeVisible();
  await expect(customer.getByRole("status")).toContainText("Loading your bookings");
  await expect(customer.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(customer.getByTestId("page-skeleton")).toHaveCount(0);
  await customer.context().close();
});

test("sitemap.xml lists the public pages and provider pages; robots.txt keeps crawlers out of private areas", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain("<urlset");
  expect(xml).toContain(`<loc>${baseURL}/providers/${demo.providerSlug}</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/providers</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/bounties</loc>`);
  expect(xml).not.toContain("/dashboard");

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toMatch(/^Disallow: \/admin$/m);
  expect(text).toMatch(/^Disallow: \/account$/m);
  expect(text).toMatch(/^Disallow: \/api$/m);
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});
