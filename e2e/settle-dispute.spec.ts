import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { demo, uiSignIn } from "./support";

// A customer disputes a completed booking, support settles it with a partial refund, both sides
// see the outcome, and the money adds up: the provider's earnings freeze while it is open, the
// refund takes back their share pro rata, and the admin revenue page's ledger check still passes.
//
// The demo seed has a just-ended "Standard home clean" ($125) the provider can mark completed
// (prisma/seed/demo-booking-to-complete.ts). payments.spec.ts completes it first in a full run
// (files run in name order, one worker), since it must see that completion's capture itself; this
// spec then disputes the completed one, and completes it itself when run alone.

const STANDARD = { name: "Standard home clean", price: 12_500 };
const FEE_BPS = 1_500;
const REFUND = 4_000;

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
const states: Record<"customer" | "provider" | "admin", StorageState | null> = { customer: null, provider: null, admin: null };

test.beforeAll(async ({ browser }) => {
  for (const role of ["customer", "provider", "admin"] as const) {
    const context = await browser.newContext();
    await uiSignIn(await context.newPage(), demo[role]);
    states[role] = await context.storageState();
    await context.close();
  }
});

async function pageAs(browser: Browser, role: keyof typeof states): Promise<Page> {
  return (await browser.newContext({ storageState: states[role]!, timezoneId: "America/New_York" })).newPage();
}

async function balances(provider: Page) {
  await provider.goto("/dashboard/payouts");
  const usd = provider.locator('[data-testid="balance-group"][data-currency="USD"]');
  const read = async (key: string) => Number(await usd.getByTestId(`balance-${key}`).getAttribute("data-amount"));
  return { pending: await read("pending"), available: await read("available") };
}

/** Completes the seeded just-ended clean (or finds it completed) and answers its id. */
async function completedBookingId(provider: Page): Promise<string> {
  await provider.goto("/dashboard/bookings?status=CONFIRMED");
  const complete = provider.getByRole("button", { name: `Mark completed: ${STANDARD.name} for Casey Customer` });
  for (let pages = 1; (await complete.count()) === 0 && pages < 10; pages++) {
    const next = provider.getByRole("link", { name: "Next page →" });
    if ((await next.count()) === 0) break;
    await provider.goto((await next.getAttribute("href"))!);
  }
  if ((await complete.count()) === 1) {
    const row = provider.locator('[data-testid="provider-booking"]').filter({ has: complete });
    const id = (await row.getAttribute("data-booking-id"))!;
    await complete.click();
    await expect(complete).toHaveCount(0);
    return id;
  }
  await provider.goto("/dashboard/bookings?status=COMPLETED");
  const row = provider.locator('[data-testid="provider-booking"]').filter({ hasText: STANDARD.name }).first();
  return (await row.getAttribute("data-booking-id"))!;
}

test("a customer disputes a completed booking and support settles it with a partial refund", async ({ browser }) => {
  const provider = await pageAs(browser, "provider");
  const bookingId = await completedBookingId(provider);
  const before = await balances(provider);
  const share = STANDARD.price - Math.round((STANDARD.price * FEE_BPS) / 10_000);

  // The customer opens the dispute from the booking page and writes to the provider.
  const customer = await pageAs(browser, "customer");
  await customer.goto(`/account/bookings/${bookingId}`);
  await expect(customer.getByTestId("booking-status")).toHaveText("COMPLETED");
  // The button works once the page has hydrated; a click that came before is tried again.
  const reason = customer.getByLabel("What went wrong?");
  await expect(async () => {
    if (!(await reason.isVisible())) await customer.getByTestId("open-dispute").click();
    await expect(reason).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await reason.fill("The bathroom was not cleaned at all.");
  await customer.getByTestId("submit-dispute").click();
  await expect(customer).toHaveURL(/\/disputes\/[^/]+$/);
  const disputeUrl = new URL(customer.url()).pathname;
  await expect(customer.getByTestId("dispute-status")).toHaveAttribute("data-status", "AWAITING_RESPONSE");
  await customer.getByLabel("Add a message").fill("Photos of the bathroom to follow.");
  await customer.getByTestId("send-dispute-message").click();
  await expect(customer.getByTestId("dispute-message").filter({ hasText: "Photos of the bathroom to follow." })).toHaveAttribute("data-author", "customer");

  // While it is open, the provider's share is frozen: out of available, into pending.
  const frozen = await balances(provider);
  expect(frozen.available - before.available).toBe(-share);
  expect(frozen.pending - before.pending).toBe(share);
  await provider.goto(`/dashboard/bookings/${bookingId}`);
  await provider.getByTestId("view-dispute").click();
  await expect(provider).toHaveURL(new RegExp(`${disputeUrl}$`));
  await expect(provider.getByTestId("dispute-message").first()).toContainText("Photos of the bathroom to follow.");

  // Support finds it in the one list and refunds $40 of the $125.
  const admin = await pageAs(browser, "admin");
  await admin.goto("/admin/disputes");
  const row = admin.locator(`[data-testid="dispute-row"][data-subject-id="${bookingId}"]`);
  await expect(row).toHaveAttribute("data-kind", "booking");
  await row.getByTestId("open-dispute-case").click();
  await expect(admin).toHaveURL(new RegExp(`${disputeUrl}$`));
  await admin.getByLabel("Partial refund: split the money").check();
  await admin.getByLabel("Refund to the customer", { exact: true }).fill("40.00");
  await admin.getByTestId("resolve-case").click();
  await expect(admin.getByTestId("dispute-status")).toHaveAttribute("data-status", "RESOLVED");
  await expect(admin.getByTestId("dispute-outcome")).toHaveAttribute("data-refund", String(REFUND));

  // Both sides see the outcome.
  await customer.goto(disputeUrl);
  await expect(customer.getByTestId("dispute-outcome")).toContainText("$40 refunded to the customer");
  await customer.goto(`/account/bookings/${bookingId}`);
  await expect(customer.getByTestId("subject-dispute-outcome")).toContainText("$40 refunded");
  await provider.goto(disputeUrl);
  await expect(provider.getByTestId("dispute-outcome")).toContainText("$85 to the provider");

  // The freeze lifts; the refund takes back the provider's part of $40 (the fee is reversed pro rata).
  const feeBack = Math.round((Math.round((STANDARD.price * FEE_BPS) / 10_000) * REFUND) / STANDARD.price);
  const after = await balances(provider);
  expect(after.pending).toBe(before.pending);
  expect(after.available - before.available).toBe(-(REFUND - feeBack));

  // And the ledger's own check on the admin revenue page still holds.
  await admin.goto("/admin/revenue");
  await expect(admin.getByTestId("ledger-check")).toContainText("The ledger balances");
});
