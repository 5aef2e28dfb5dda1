import { expect, request as playwrightRequest, test, type Browser, type Locator, type Page } from "@playwright/test";
import { baseURL, demo, fillCard, sameOrigin, TEST_CARD, signedIn, type StorageState } from "./support";

// The booking lifecycle in the browser: instant and request-to-book, reschedule, cancellation with
// the policy's refund, and the provider's side. Specs in one run share the demo database, and
// others take the first free slot, so these pick the last slot that fits (the list is reloaded
// on every visit, so a slot taken earlier in the run is never offered again).
//
// Demo provider (prisma/seed/demo.ts): open every day 08:00–20:00 New York.
//   "Standard home clean": INSTANT, $125, FLEXIBLE (full ≥ 24 h before, half until the start)
//   "Deep clean": REQUEST, $240, MODERATE (full ≥ 72 h, half ≥ 24 h, nothing later)
// Demo plumber: open around the clock, "Emergency call-out": INSTANT, $125, FLEXIBLE; for the
// journey that needs a start within a day, which the cleaner may not have late in the afternoon.

const HOUR = 3_600_000;
const STANDARD = { name: "Standard home clean", price: 12_500 };
const DEEP = { name: "Deep clean", price: 24_000 };
const CALL_OUT = { name: "Emergency call-out", price: 12_500, providerSlug: demo.plumberSlug };

let customerState: StorageState;
let providerState: StorageState;
let plumberState: StorageState;

// Sign in once per role: sign-ins are rate limited per address across the whole run.
test.beforeAll(async ({ browser }) => {
  customerState = await signedIn(browser, demo.customer);
  providerState = await signedIn(browser, demo.provider);
  plumberState = await signedIn(browser, demo.plumber);
});

/** The customer browses from London, so times show in London with New York named. */
async function customerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: customerState, timezoneId: "Europe/London" });
  return context.newPage();
}

async function providerPage(browser: Browser, storageState = providerState): Promise<Page> {
  const context = await browser.newContext({ storageState, timezoneId: "America/New_York" });
  return context.newPage();
}

const usd = (cents: number) => `$${cents % 100 ? (cents / 100).toFixed(2) : cents / 100}`;
const within = (fromHours: number, toHours: number) => (start: number) => start - Date.now() >= fromHours * HOUR && start - Date.now() <= toHours * HOUR;

/** MODERATE: the customer's refund for cancelling now. */
function moderateRefund(price: number, start: string): number {
  const hoursBefore = (Date.parse(start) - Date.now()) / HOUR;
  return hoursBefore >= 72 ? price : hoursBefore >= 24 ? Math.floor(price / 2) : 0;
}

async function openBookPage(page: Page, serviceName: string, providerSlug = demo.providerSlug): Promise<string> {
  await page.goto(`/providers/${providerSlug}`);
  await page.getByRole("link", { name: `Book ${serviceName}` }).click();
  await expect(page.getByTestId("slot").first()).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Free starts shown on each day tab, last day first, as (day tab, starts) pairs. */
async function* slotDays(page: Page) {
  const days = page.getByTestId("slot-day");
  await expect(days.first()).toBeVisible();
  for (let i = (await days.count()) - 1; i >= 0; i--) {
    await days.nth(i).click();
    await expect(days.nth(i)).toHaveAttribute("aria-pressed", "true");
    yield await page.getByTestId("slot").evaluateAll((els) => els.map((el) => el.getAttribute("data-start")!));
  }
}

/** Clicks the last free start that `accept`s, walking the days from the last one; returns it. */
async function pickSlot(page: Page, accept: (start: number) => boolean = () => true): Promise<string> {
  for await (const starts of slotDays(page)) {
    const match = starts.reverse().find((start) => accept(Date.parse(start)));
    if (match) {
      await page.locator(`[data-testid="slot"][data-start="${match}"]`).click();
      await expect(page.getByTestId("selected-slot")).toBeVisible();
      return match;
    }
  }
  throw new Error("No free slot fits this test; is the demo calendar full?");
}

async function isOffered(page: Page, start: string): Promise<boolean> {
  for await (const starts of slotDays(page)) if (starts.includes(start)) return true;
  return false;
}

async function book(page: Page, service: { name: string; providerSlug?: string }, button: "Book now" | "Request booking", accept?: (start: number) => boolean) {
  const serviceId = await openBookPage(page, service.name, service.providerSlug);
  const start = await pickSlot(page, accept);
  await fillCard(page);
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/\/account\/bookings\/[^/?]+/);
  return { id: new URL(page.url()).pathname.split("/").pop()!, start, serviceId };
}

/** The booking's row on the provider's dashboard ("All" tab), following pages if the run made many. */
async function providerRow(page: Page, bookingId: string): Promise<Locator> {
  await page.goto("/dashboard/bookings");
  const row = page.locator(`[data-testid="provider-booking"][data-booking-id="${bookingId}"]`);
  for (let i = 0; i < 10 && (await row.count()) === 0; i++) {
    const next = page.getByRole("link", { name: "Next page →" });
    if ((await next.count()) === 0) break;
    const before = page.url();
    await next.click();
    await page.waitForURL((url) => url.href !== before);
  }
  await expect(row).toBeVisible();
  return row;
}

test("instant book: Standard home clean is confirmed at once", async ({ browser }) => {
  const page = await customerPage(browser);
  const { start } = await book(page, STANDARD, "Book now");
  await expect(page.getByTestId("booking-created")).toContainText("You're booked!");
  await expect(page.getByTestId("booking-status")).toHaveText("CONFIRMED");
  await expect(page.getByTestId("booking-time")).toHaveAttribute("datetime", start);
  await expect(page.getByTestId("booking-time").locator("xpath=..")).toContainText("Provider's time");
  await expect(page.getByTestId("booking-time").locator("xpath=..")).toContainText("(America/New_York)");
  await expect(page.getByTestId("booking-policy")).toHaveText(/^flexible policy: full refund up to 24 h before/);
});

test("request-to-book: Deep clean is requested, the provider confirms it", async ({ browser }) => {
  const customer = await customerPage(browser);
  const { id } = await book(customer, DEEP, "Request booking", within(4 * 24, 10 * 24));
  await expect(customer.getByTestId("booking-status")).toHaveText("REQUESTED");

  const provider = await providerPage(browser);
  const row = await providerRow(provider, id);
  await row.getByRole("button", { name: /^Confirm Deep clean/ }).click();
  await expect(row.getByTestId("booking-status")).toHaveText("CONFIRMED");
  // A confirmed future booking can be moved or cancelled, not closed yet.
  await expect(row.getByRole("link", { name: /^Reschedule Deep clean/ })).toBeVisible();
  await expect(row.getByRole("button", { name: /^Cancel Deep clean/ })).toBeVisible();
  await expect(row.getByRole("button", { name: /^Mark (completed|no-show)/ })).toHaveCount(0);

  await customer.reload();
  await expect(customer.getByTestId("booking-status")).toHaveText("CONFIRMED");
});

test("reschedule: the customer moves a booking and the old time is free again", async ({ browser }) => {
  const page = await customerPage(browser);
  const { id, start: oldStart } = await book(page, STANDARD, "Book now");
  await expect(page.getByTestId("booking-status")).toHaveText("CONFIRMED");

  await page.getByRole("link", { name: "Reschedule" }).click();
  await expect(page.getByTestId("reschedule-form")).toBeVisible();
  await expect(page.getByTestId("timezone-note")).toContainText("Europe/London");
  await expect(page.getByTestId("timezone-note")).toContainText("America/New_York");
  expect(await isOffered(page, oldStart)).toBe(false); // the booking holds it
  const newStart = await pickSlot(page, (start) => Math.abs(start - Date.parse(oldStart)) >= 24 * HOUR);
  await page.getByRole("button", { name: "Move booking" }).click();

  await expect(page).toHaveURL(new RegExp(`/account/bookings/${id}\\?rescheduled=1`));
  await expect(page.getByTestId("booking-rescheduled")).toBeVisible();
  await expect(page.getByTestId("booking-time")).toHaveAttribute("datetime", newStart);
  await expect(page.getByTestId("booking-status")).toHaveText("CONFIRMED");

  await openBookPage(page, STANDARD.name);
  expect(await isOffered(page, oldStart)).toBe(true);
  expect(await isOffered(page, newStart)).toBe(false);
});

test("reschedule: a time taken meanwhile shows the message and the next free times", async ({ browser }) => {
  const page = await customerPage(browser);
  const { id, serviceId } = await book(page, STANDARD, "Book now", within(5 * 24, 9 * 24));
  await page.getByRole("link", { name: "Reschedule" }).click();
  const target = await pickSlot(page, within(2 * 24, 4 * 24));

  // Someone takes that time first (here the same customer, through the API).
  const api = await playwrightRequest.newContext({ baseURL, storageState: customerState });
  const taken = await api.post("/api/bookings", { data: { serviceId, start: target, paymentMethod: TEST_CARD }, headers: sameOrigin });
  expect(taken.status()).toBe(201);

  await page.getByRole("button", { name: "Move booking" }).click();
  await expect(page.getByTestId("slot-taken")).toContainText("That time is no longer available");
  const next = page.getByTestId("next-free-slot").first();
  const nextStart = (await next.getAttribute("data-start"))!;
  await next.click();
  await page.getByRole("button", { name: "Move booking" }).click();
  await expect(page).toHaveURL(new RegExp(`/account/bookings/${id}\\?rescheduled=1`));
  await expect(page.getByTestId("booking-time")).toHaveAttribute("datetime", nextStart);
  await api.dispose();
});

test("cancel: the customer sees the policy's refund before and after cancelling", async ({ browser }) => {
  const page = await customerPage(browser);
  // 30–66 h ahead: the moderate policy's half-refund window, hours away from either edge.
  const { id, start } = await book(page, DEEP, "Request booking", within(30, 66));
  const provider = await playwrightRequest.newContext({ baseURL, storageState: providerState });
  expect((await provider.post(`/api/bookings/${id}/confirm`, { headers: sameOrigin })).status()).toBe(200);
  await provider.dispose();
  await page.reload();
  await expect(page.getByTestId("booking-status")).toHaveText("CONFIRMED");

  const expected = moderateRefund(DEEP.price, start);
  expect(expected).toBe(DEEP.price / 2);
  await page.getByRole("button", { name: "Cancel booking" }).click();
  const quote = page.getByTestId("cancel-quote");
  await expect(quote).toContainText(`Cancel now and you get ${usd(expected)} back of ${usd(DEEP.price)}`);
  await expect(quote).toContainText("moderate policy: full refund up to 3 days before, half refund up to 24 h before");
  await page.getByLabel("Reason (optional)").fill("Plans changed");
  await page.getByRole("button", { name: "Confirm cancellation" }).click();

  await expect(page.getByTestId("booking-status")).toHaveText("CANCELLED");
  await expect(page.getByTestId("refund-amount")).toContainText(`Refund: ${usd(expected)}`);
  await expect(page.getByTestId("refund-amount")).toHaveAttribute("data-amount", String(expected));
  await expect(page.getByTestId("cancellation-summary")).toContainText("Cancelled by you");
  await expect(page.getByRole("button", { name: "Cancel booking" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Reschedule" })).toHaveCount(0);
});

test("cancel: the provider's cancellation is a full refund, whatever the policy", async ({ browser }) => {
  const customer = await customerPage(browser);
  // Less than 24 h ahead, where the customer's own cancellation would refund only half.
  const { id } = await book(customer, CALL_OUT, "Book now", within(2, 22));
  await customer.getByRole("button", { name: "Cancel booking" }).click();
  await expect(customer.getByTestId("cancel-quote")).toContainText(`you get ${usd(CALL_OUT.price / 2)} back of ${usd(CALL_OUT.price)}`);
  await customer.getByRole("button", { name: "Keep booking" }).click();

  const provider = await providerPage(browser, plumberState);
  const row = await providerRow(provider, id);
  await row.getByRole("button", { name: /^Cancel Emergency call-out/ }).click();
  await expect(row.getByTestId("provider-cancel-panel")).toContainText(`full refund of ${usd(CALL_OUT.price)}`);
  await expect(row.getByTestId("provider-cancel-panel")).toContainText("counts on your profile");
  await row.getByLabel("Message to the customer (optional)").fill("Sorry, our van broke down");
  await row.getByRole("button", { name: /^Confirm cancellation/ }).click();
  await expect(row.getByTestId("booking-status")).toHaveText("CANCELLED");
  await expect(row.getByTestId("refund-amount")).toContainText(`Refund: ${usd(CALL_OUT.price)}`);

  await customer.reload();
  await expect(customer.getByTestId("booking-status")).toHaveText("CANCELLED");
  await expect(customer.getByTestId("refund-amount")).toHaveAttribute("data-amount", String(CALL_OUT.price));
  await expect(customer.getByTestId("cancellation-summary")).toContainText("Cancelled by the provider");
  await expect(customer.getByTestId("cancellation-summary")).toContainText("Sorry, our van broke down");
});

test("a provider acting on a stale list sees why it failed, next to the buttons", async ({ browser }) => {
  const customer = await customerPage(browser);
  const { id } = await book(customer, STANDARD, "Book now", within(3 * 24, 6 * 24));
  const provider = await providerPage(browser);
  const row = await providerRow(provider, id);

  // The customer cancels while the provider's page still shows the booking as confirmed.
  await customer.getByRole("button", { name: "Cancel booking" }).click();
  await customer.getByRole("button", { name: "Confirm cancellation" }).click();
  await expect(customer.getByTestId("booking-status")).toHaveText("CANCELLED");

  await row.getByRole("button", { name: /^Cancel Standard home clean/ }).click();
  await row.getByRole("button", { name: /^Confirm cancellation/ }).click();
  await expect(row.getByTestId("action-error")).toHaveText("This booking is already cancelled, so it can no longer be cancelled.");
  await row.getByRole("button", { name: "Refresh list" }).click();
  await expect(row.getByTestId("booking-status")).toHaveText("CANCELLED");
  await expect(row.getByTestId("refund-amount")).toContainText(`Refund: ${usd(STANDARD.price)}`);
});
