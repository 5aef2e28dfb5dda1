import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { demo, uiSignIn } from "./support";

// Bounties in the browser, on the demo database (which has none): a customer posts a paid job, the
// demo provider (onboarded for payouts by the seed) offers, the customer accepts with a test card,
// the provider submits, the customer approves and the money reaches the provider's balance; and a
// disputed bounty that support settles with a partial refund.

// Each journey is a few dozen page loads and server actions across two or three accounts.
test.describe.configure({ timeout: 180_000 });

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
const states: Partial<Record<"customer" | "provider" | "admin", StorageState>> = {};

// Sign in once per role: sign-ins are rate limited per address across the whole run.
async function as(browser: Browser, role: "customer" | "provider" | "admin"): Promise<Page> {
  if (!states[role]) {
    const context = await browser.newContext();
    await uiSignIn(await context.newPage(), demo[role]);
    states[role] = await context.storageState();
    await context.close();
  }
  const context = await browser.newContext({ storageState: states[role], timezoneId: "America/New_York" });
  return context.newPage();
}

// A 1×1 PNG: the upload route checks the bytes, not the name.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

const dollars = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));

async function postBounty(page: Page, { title, budget, photo = false }: { title: string; budget: string; photo?: boolean }): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: "Post a job" }).first().click();
  await expect(page).toHaveURL(/\/bounties\/new$/);

  // Empty submit: the shared zod schema explains every required field at once.
  await page.getByTestId("post-bounty").click();
  await expect(page.locator("#title-error")).toContainText("At least 10 characters");
  await expect(page.locator("#description-error")).toContainText("at least 50 characters");
  await expect(page.locator("#budget-error")).toContainText("Enter a budget");

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("The grout in a small bathroom is cracked and stained; please clean it out, regrout and seal. About 4 square metres of tiles.");
  await page.locator("#categorySlug").click();
  await page.getByRole("option", { name: "Cleaning", exact: true }).click();
  await page.getByLabel("Skills (optional)").fill("grout");
  await page.getByLabel("Skills (optional)").press("Enter");
  await expect(page.getByTestId("skill-tag")).toHaveText(/grout/);
  await page.getByLabel("Budget", { exact: true }).fill(budget);
  await page.getByLabel("Address").fill("200 Bedford Ave, Brooklyn");
  await page.getByLabel("Area for the map search").selectOption({ label: "Brooklyn, NY" });
  if (photo) {
    await page.locator("#photos").setInputFiles({ name: "bathroom.png", mimeType: "image/png", buffer: PNG });
    await expect(page.getByTestId("photo-thumbnail")).toHaveCount(1);
  }
  await page.getByTestId("post-bounty").click();
  await expect(page).toHaveURL(/\/bounties\/[^/?]+\?posted=1$/);
  await expect(page.getByTestId("bounty-posted")).toBeVisible();
  await expect(page.getByTestId("bounty-status")).toHaveAttribute("data-status", "OPEN");
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function makeOffer(page: Page, bountyId: string, { price, message }: { price: string; message: string }) {
  await page.goto(`/bounties/${bountyId}`);
  await page.getByLabel("Your price").fill(price);
  await page.getByLabel("Days you need").fill("2");
  await page.getByLabel("Message to the poster").fill(message);
  await page.getByTestId("submit-offer").click();
  await expect(page.getByTestId("my-offer").getByTestId("offer-status")).toHaveAttribute("data-status", "OPEN");
}

async function acceptOnlyOffer(page: Page, bountyId: string) {
  await page.goto(`/bounties/${bountyId}`);
  const offer = page.getByTestId("offer").filter({ hasText: "Hearth Demo" });
  await offer.getByTestId("accept-offer").click();
  await expect(offer.getByTestId("test-mode-label")).toHaveText("Test mode — no real money");
  await offer.getByLabel("Card number").fill("4242 4242 4242 4242");
  await offer.getByTestId("confirm-accept").click();
  await expect(page.getByTestId("bounty-status")).toHaveAttribute("data-status", "IN_PROGRESS");
  await expect(page.getByTestId("escrow-status")).toHaveText("Held in escrow");
  await expect(page.getByTestId("conversation-link")).toHaveAttribute("href", /^\/account\/messages\/.+/);
}

async function availableUsd(page: Page): Promise<number> {
  await page.goto("/dashboard/payouts");
  const usd = page.locator('[data-testid="balance-group"][data-currency="USD"]');
  return dollars(await usd.getByTestId("balance-available").getByTestId("money").innerText());
}

test("post → offer → accept with a test card → submit → approve pays the provider", async ({ browser }) => {
  const customer = await as(browser, "customer");
  const provider = await as(browser, "provider");
  const before = await availableUsd(provider);

  const title = `Regrout a small bathroom ${Date.now()}`;
  const bountyId = await postBounty(customer, { title, budget: "150", photo: true });

  // The board lists it, and the distance filter finds it from Brooklyn.
  await provider.goto("/bounties?near=brooklyn&radius=10");
  await provider.getByRole("link", { name: title }).click();
  await expect(provider).toHaveURL(new RegExp(`/bounties/${bountyId}$`));

  // A question in public, answered by the poster.
  await provider.getByLabel("Ask the poster a question").fill("Is there parking near the building?");
  await provider.getByRole("button", { name: "Ask" }).click();
  await expect(provider.getByTestId("question")).toContainText("parking");
  await makeOffer(provider, bountyId, { price: "120", message: "Regrouting is our bread and butter; sealant included." });

  // The poster's page stayed open: the question and the offer arrive through the live stream.
  await expect(customer.getByTestId("question")).toContainText("parking");
  await expect(customer.getByTestId("offer").filter({ hasText: "Hearth Demo" })).toBeVisible();
  await customer.getByLabel("Your answer").fill("Yes, on the street.");
  await customer.getByRole("button", { name: "Answer" }).click();
  await expect(customer.getByTestId("answer")).toHaveText("Yes, on the street.");
  await acceptOnlyOffer(customer, bountyId);

  await provider.goto(`/bounties/${bountyId}`);
  await provider.getByLabel("What you did").fill("Old grout removed, new grout applied and sealed. Photos attached.");
  await provider.locator("#work-photos").setInputFiles({ name: "done.png", mimeType: "image/png", buffer: PNG });
  await expect(provider.getByTestId("photo-thumbnail")).toHaveCount(1);
  await provider.getByTestId("submit-work").click();
  await expect(provider.getByTestId("bounty-status")).toHaveAttribute("data-status", "AWAITING_APPROVAL");

  await customer.goto(`/bounties/${bountyId}`);
  await expect(customer.getByTestId("submission-notes")).toContainText("new grout applied");
  // A click that lands before the page hydrates opens nothing: retry until the confirmation shows.
  const confirmApprove = customer.getByTestId("confirm-approve");
  await expect(async () => {
    if (!(await confirmApprove.isVisible())) await customer.getByTestId("approve-work").click({ timeout: 2_000 });
    await expect(confirmApprove).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await confirmApprove.click();
  await expect(customer.getByTestId("bounty-status")).toHaveAttribute("data-status", "COMPLETED");
  await expect(customer.getByTestId("escrow-status")).toHaveText("Released");
  await expect(customer.getByTestId("escrow-released")).toHaveText("$120");

  // $120 less the 15% platform fee reaches the provider's available balance.
  await provider.goto(`/bounties/${bountyId}`);
  await expect(provider.getByTestId("escrow-provider-amount")).toHaveText("$102");
  expect(await availableUsd(provider)).toBeGreaterThanOrEqual(before + 102);
});

test("a disputed bounty is settled by support with a partial refund", async ({ browser }) => {
  const customer = await as(browser, "customer");
  const provider = await as(browser, "provider");
  const title = `Fix a dripping kitchen tap ${Date.now()}`;
  const bountyId = await postBounty(customer, { title, budget: "200" });
  await makeOffer(provider, bountyId, { price: "200", message: "Washer and cartridge replacement, same week." });
  await acceptOnlyOffer(customer, bountyId);

  await customer.getByRole("button", { name: "Open a dispute" }).click();
  await customer.getByLabel("What went wrong?").fill("The provider stopped answering after the first visit and the tap still drips.");
  await customer.getByTestId("dispute-bounty-confirm").click();
  await expect(customer.getByTestId("bounty-status")).toHaveAttribute("data-status", "DISPUTED");

  const admin = await as(browser, "admin");
  await admin.goto("/admin/disputes");
  const item = admin.locator(`[data-testid="dispute-case"][data-bounty-id="${bountyId}"]`);
  await expect(item.getByTestId("dispute-reason")).toContainText("tap still drips");
  await expect(item).toContainText("customer@example.com");
  await expect(item).toContainText("provider@example.com");
  await item.getByLabel("Partial refund: split the money").check();
  await item.getByLabel("Refund to the poster").fill("50");
  await item.getByTestId("resolve-dispute").click();
  await expect(item).toHaveCount(0);

  await customer.goto(`/bounties/${bountyId}`);
  await expect(customer.getByTestId("bounty-status")).toHaveAttribute("data-status", "COMPLETED");
  await expect(customer.getByTestId("status-help")).toContainText("refunded part of the payment");
  await expect(customer.getByTestId("escrow-refunded")).toHaveText("$50");
  await expect(customer.getByTestId("escrow-released")).toHaveText("$150");
});
