import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { baseURL, demo, fillCard, sameOrigin, signedIn, type StorageState } from "./support";

// Paying for bookings with the built-in test-mode processor (no STRIPE_SECRET_KEY): the card form,
// the documented test cards, the authentication step, and the money shown on the booking.
// Capture on completion needs a booking that has ended: the demo seed books one through the real
// payment flow (prisma/seed/demo-booking-to-complete.ts), and the provider completes it here.
//
// Demo provider: "Standard home clean" INSTANT $125 FLEXIBLE; "Deep clean" REQUEST $240 MODERATE.
// Demo plumber (open 24/7): "Emergency call-out" INSTANT $125 FLEXIBLE.

const HOUR = 3_600_000;
const STANDARD = { name: "Standard home clean", price: 12_500 };
const DEEP = { name: "Deep clean", price: 24_000 };
const CALL_OUT = { name: "Emergency call-out", price: 12_500, providerSlug: demo.plumberSlug };

let customerState: StorageState;
let providerState: StorageState;

test.beforeAll(async ({ browser }) => {
  customerState = await signedIn(browser, demo.customer);
  providerState = await signedIn(browser, demo.provider);
});

async function customerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: customerState, timezoneId: "America/New_York" });
  return context.newPage();
}

const within = (fromHours: number, toHours: number) => (start: number) => start - Date.now() >= fromHours * HOUR && start - Date.now() <= toHours * HOUR;

/** Opens the service's booking page and picks the last free start that `accept`s (other specs take the first ones). */
async function openAndPick(page: Page, serviceName: string, accept: (start: number) => boolean, providerSlug = demo.providerSlug): Promise<string> {
  await page.goto(`/providers/${providerSlug}`);
  await page.getByRole("link", { name: `Book ${serviceName}` }).click();
  const days = page.getByTestId("slot-day");
  await expect(days.first()).toBeVisible();
  for (let i = (await days.count()) - 1; i >= 0; i--) {
    await days.nth(i).click();
    await expect(days.nth(i)).toHaveAttribute("aria-pressed", "true");
    const starts = await page.getByTestId("slot").evaluateAll((els) => els.map((el) => el.getAttribute("data-start")!));
    const match = starts.reverse().find((start) => accept(Date.parse(start)));
    if (match) {
      await page.locator(`[data-testid="slot"][data-start="${match}"]`).click();
      return match;
    }
  }
  throw new Error("No free slot fits this test; is the demo calendar full?");
}

async function isOffered(page: Page, start: string): Promise<boolean> {
  await page.reload();
  const days = page.getByTestId("slot-day");
  await expect(days.first()).toBeVisible();
  for (let i = 0; i < (await days.count()); i++) {
    await days.nth(i).click();
    const starts = await page.getByTestId("slot").evaluateAll((els) => els.map((el) => el.getAttribute("data-start")!));
    if (starts.includes(start)) return true;
  }
  return false;
}

const bookingIdOf = (page: Page) => new URL(page.url()).pathname.split("/").pop()!;

test("a card is authorized when booking; the provider confirms; the booking shows the authorized amount in test mode", async ({ browser }) => {
  const page = await customerPage(browser);
  // Close enough that an authorization made now outlasts the end plus a day for completion
  // (further out the card is only saved, and authorized 48 h before).
  await openAndPick(page, DEEP.name, within(2 * 24, 5.5 * 24));
  await expect(page.getByTestId("test-mode-label").first()).toHaveText("Test mode — no real money");
  await expect(page.getByTestId("test-cards")).toContainText("4242 4242 4242 4242");
  await expect(page.getByTestId("test-cards")).toContainText("4000 0000 0000 3220");
  await expect(page.getByTestId("charge-note")).toContainText("$240 is authorized on your card now and charged only after the service");
  await fillCard(page);
  await page.getByRole("button", { name: "Request booking" }).click();

  await expect(page).toHaveURL(/\/account\/bookings\/[^/?]+\?created=1/);
  await expect(page.getByTestId("booking-status")).toHaveText("REQUESTED");
  const summary = page.getByTestId("payment-summary");
  await expect(summary).toHaveAttribute("data-status", "AUTHORIZED");
  await expect(summary).toHaveAttribute("data-authorized", String(DEEP.price));
  await expect(summary).toContainText("$240 authorized on your card, charged only after the service.");
  await expect(summary.getByTestId("test-mode-label")).toBeVisible();

  const id = bookingIdOf(page);
  const provider = await playwrightRequest.newContext({ baseURL, storageState: providerState });
  const confirmed = await provider.post(`/api/bookings/${id}/confirm`, { headers: sameOrigin });
  expect(confirmed.status()).toBe(200);
  expect((await confirmed.json()).payment).toMatchObject({ status: "AUTHORIZED", amount: DEEP.price, testMode: true });
  await provider.dispose();

  await page.reload();
  await expect(page.getByTestId("booking-status")).toHaveText("CONFIRMED");
  await expect(page.getByTestId("payment-summary")).toHaveAttribute("data-status", "AUTHORIZED");
  await page.goto("/account/bookings");
  await expect(page.locator(`[data-booking-id="${id}"]`).getByTestId("payment-summary")).toContainText("authorized");
});

test("cancel within the half-refund window: half is charged, half released, as the policy quoted", async ({ browser }) => {
  const page = await customerPage(browser);
  // Flexible policy: under 24 h before the start, half back. The cleaner closes at night, and
  // other journeys take its next morning, so this books the plumber, who is open at any hour.
  await openAndPick(page, CALL_OUT.name, within(3, 20), CALL_OUT.providerSlug);
  await fillCard(page);
  await page.getByRole("button", { name: "Book now" }).click();
  await expect(page.getByTestId("booking-status")).toHaveText("CONFIRMED");
  await expect(page.getByTestId("payment-summary")).toHaveAttribute("data-status", "AUTHORIZED");

  await page.getByRole("button", { name: "Cancel booking" }).click();
  await expect(page.getByTestId("cancel-quote")).toContainText("Cancel now and you get $62.50 back of $125");
  await page.getByRole("button", { name: "Confirm cancellation" }).click();
  await expect(page.getByTestId("booking-status")).toHaveText("CANCELLED");
  await expect(page.getByTestId("refund-amount")).toHaveAttribute("data-amount", String(CALL_OUT.price / 2));
  const summary = page.getByTestId("payment-summary");
  await expect(summary).toHaveAttribute("data-status", "CAPTURED");
  await expect(summary).toHaveAttribute("data-captured", String(CALL_OUT.price / 2));
  await expect(summary).toHaveAttribute("data-refunded", String(CALL_OUT.price / 2));
  await expect(summary).toContainText("Charged $62.50, refunded $62.50.");
});

test("cancel with a full refund: the authorization is released and nothing is charged", async ({ browser }) => {
  const page = await customerPage(browser);
  await openAndPick(page, STANDARD.name, within(30, 6 * 24));
  await fillCard(page);
  await page.getByRole("button", { name: "Book now" }).click();
  await expect(page.getByTestId("booking-status")).toHaveText("CONFIRMED");

  await page.getByRole("button", { name: "Cancel booking" }).click();
  await expect(page.getByTestId("cancel-quote")).toContainText("you get $125 back of $125");
  await page.getByRole("button", { name: "Confirm cancellation" }).click();
  await expect(page.getByTestId("booking-status")).toHaveText("CANCELLED");
  await expect(page.getByTestId("refund-amount")).toHaveAttribute("data-amount", String(STANDARD.price));
  await expect(page.getByTestId("payment-summary")).toHaveAttribute("data-status", "CANCELED");
  await expect(page.getByTestId("payment-summary")).toHaveAttribute("data-captured", "0");
  await expect(page.getByTestId("payment-summary")).toContainText("Authorization released: you were not charged.");
});

test("a declined card gets a clear message and books nothing", async ({ browser }) => {
  const page = await customerPage(browser);
  const start = await openAndPick(page, STANDARD.name, within(2 * 24, 6 * 24));
  await fillCard(page, "4000 0000 0000 0002");
  await page.getByRole("button", { name: "Book now" }).click();
  await expect(page.getByTestId("payment-error")).toContainText("Payment not accepted — nothing was booked");
  await expect(page.getByTestId("payment-error")).toContainText("Your card was declined.");
  await expect(page).toHaveURL(/\/book\//);

  await fillCard(page, "4000 0000 0000 9995");
  await page.getByRole("button", { name: "Book now" }).click();
  await expect(page.getByTestId("payment-error")).toContainText("Your card has insufficient funds.");
  expect(await isOffered(page, start)).toBe(true); // still free: no booking was made

  // A card that is not even a card number never reaches the server.
  await page.locator(`[data-testid="slot"][data-start="${start}"]`).click();
  await fillCard(page, "1234");
  await page.getByRole("button", { name: "Book now" }).click();
  await expect(page.getByText("Enter a valid card number")).toBeVisible();
});

test("the authentication step: failing it books nothing, completing it books", async ({ browser }) => {
  const page = await customerPage(browser);
  // Authorized at once only if the 7-day authorization outlasts the end plus the 24 h completion
  // window: a 2-hour clean must start within 6 days less 2 hours, or the card is only saved.
  const start = await openAndPick(page, STANDARD.name, within(2 * 24, 5.5 * 24));
  await fillCard(page, "4000 0000 0000 3220");
  await page.getByRole("button", { name: "Book now" }).click();
  const dialog = page.getByRole("dialog", { name: "Authenticate this payment" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Test mode — no real money");
  await expect(dialog).toContainText("payment of $125.");
  await dialog.getByRole("button", { name: "Fail authentication" }).click();
  await expect(page.getByTestId("payment-error")).toContainText("The card's authentication failed.");
  await expect(page).toHaveURL(/\/book\//);

  await page.getByRole("button", { name: "Book now" }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Complete authentication" }).click();
  await expect(page).toHaveURL(/\/account\/bookings\/[^/?]+\?created=1/);
  await expect(page.getByTestId("booking-status")).toHaveText("CONFIRMED");
  await expect(page.getByTestId("booking-time")).toHaveAttribute("datetime", start);
  await expect(page.getByTestId("payment-summary")).toHaveAttribute("data-status", "AUTHORIZED");
});

test("the provider completes an ended booking: the authorization is captured and the balance moves from pending to available", async ({ browser }) => {
  const provider = await (await browser.newContext({ storageState: providerState })).newPage();
  const balances = async () => {
    await provider.goto("/dashboard/payouts");
    const usd = provider.locator('[data-testid="balance-group"][data-currency="USD"]');
    const read = async (key: string) => Number(await usd.getByTestId(`balance-${key}`).getAttribute("data-amount"));
    return { pending: await read("pending"), available: await read("available") };
  };
  const before = await balances();

  await provider.goto("/dashboard/bookings?status=CONFIRMED");
  const complete = provider.getByRole("button", { name: `Mark completed: ${STANDARD.name} for Casey Customer` });
  // Newest first: other tests' upcoming bookings may push the ended one to a later page.
  for (let pages = 1; (await complete.count()) === 0 && pages < 10; pages++) {
    await provider.goto((await provider.getByRole("link", { name: "Next page →" }).getAttribute("href"))!);
  }
  await expect(complete).toHaveCount(1);
  const row = provider.locator('[data-testid="provider-booking"]').filter({ has: complete });
  const bookingId = (await row.getAttribute("data-booking-id"))!;
  await complete.click();
  await expect(complete).toHaveCount(0);

  // The provider's share: the price less the 15% platform fee, now captured and available.
  const share = STANDARD.price - Math.round(STANDARD.price * 0.15);
  const after = await balances();
  expect(after.pending - before.pending).toBe(-share);
  expect(after.available - before.available).toBe(share);

  const customer = await customerPage(browser);
  await customer.goto(`/account/bookings/${bookingId}`);
  await expect(customer.getByTestId("booking-status")).toHaveText("COMPLETED");
  const summary = customer.getByTestId("payment-summary");
  await expect(summary).toHaveAttribute("data-status", "CAPTURED");
  await expect(summary).toHaveAttribute("data-captured", String(STANDARD.price));
  await expect(summary.getByTestId("test-mode-label")).toBeVisible();
});
