import { expect, test, type Page } from "@playwright/test";
import { apiSignIn, demo, signedIn, pageAs, type StorageState } from "./support";

// Live messaging between two browsers: the customer writes from the provider's profile, the
// provider sees it arrive without reloading and answers, and contact details typed before any
// confirmed booking are masked for both. Messages travel over the shared SSE stream (/api/stream).

const HIDDEN = "[hidden until booking is confirmed]";
let customerState: StorageState;
let providerState: StorageState;

// Sign in once per role: sign-ins are rate limited per address across the whole run.
test.beforeAll(async ({ browser }) => {
  customerState = await signedIn(browser, demo.customer);
  providerState = await signedIn(browser, demo.provider);
});

/** Marks the document, so a later check proves the page was never reloaded in between. */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
}
async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
}

async function send(page: Page, text: string) {
  await page.getByLabel("Message", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("message-body").filter({ hasText: text.slice(0, 20) }).first()).toBeVisible(LIVE);
}

async function openInquiryFromProfile(page: Page): Promise<string> {
  await page.goto(`/providers/${demo.providerSlug}`);
  await page.getByTestId("message-provider").click();
  await expect(page).toHaveURL(/\/account\/messages\/[^/]+$/);
  await expectLive(page);
  return new URL(page.url()).pathname;
}

/** Hydrated (typing reaches React) and connected to the live stream. */
async function expectLive(page: Page) {
  await expect(page.getByTestId("chat")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("chat")).toHaveAttribute("data-live", "true");
}

// Live updates cross two requests and a read receipt a third: allow a loaded dev server time.
const LIVE = { timeout: 45_000 };

test("the demo customer and the demo provider chat live, without reloading", async ({ browser }) => {
  const customer = await pageAs(browser, customerState);
  const provider = await pageAs(browser, providerState);

  const path = await openInquiryFromProfile(customer);
  await expect(customer.getByTestId("chat-title")).toHaveText("Hearth Demo Cleaning");
  await provider.goto(path);
  await expect(provider.getByTestId("chat-title")).toHaveText("Casey Customer");
  await expectLive(provider);
  await markDocument(customer);
  await markDocument(provider);

  const question = `Is Saturday morning free? (${Date.now()})`;
  await send(customer, question);
  await expect(provider.getByTestId("message-body").filter({ hasText: question })).toBeVisible(LIVE);
  await expectSameDocument(provider);

  const answer = `Yes, 9am works (${Date.now()})`;
  await send(provider, answer);
  await expect(customer.getByTestId("message-body").filter({ hasText: answer })).toBeVisible(LIVE);
  await expectSameDocument(customer);

  // The provider read the question while looking at the conversation: the customer sees "Seen".
  await expect(customer.getByTestId("message").filter({ hasText: question }).getByTestId("seen")).toBeVisible(LIVE);

  // Pins show for both sides, live.
  await customer.getByTestId("message").filter({ hasText: answer }).getByRole("button", { name: "Pin" }).click();
  await expect(provider.getByTestId("pinned-message").filter({ hasText: answer })).toBeVisible(LIVE);
  await expectSameDocument(provider);
});

test("a phone number typed before any confirmed booking is masked for both sides", async ({ browser }) => {
  // A fresh customer: the demo customer already has completed bookings with the demo provider.
  const context = await browser.newContext();
  const email = `msg-e2e-${Date.now()}@example.test`;
  const signUp = await context.request.post("/api/users", { data: { email, password: "correct-horse-battery", name: "Morgan Fresh", role: "customer" } });
  expect(signUp.status()).toBe(201);
  await apiSignIn(context.request, email, "correct-horse-battery");
  const customer = await context.newPage();

  const provider = await pageAs(browser, providerState);
  await provider.goto("/account/messages");
  await expect(provider.getByTestId("inbox")).toHaveAttribute("data-live", "true");
  await markDocument(provider);

  await openInquiryFromProfile(customer);
  await expect(customer.getByTestId("contact-hidden-notice")).toBeVisible();
  await customer.getByLabel("Message", { exact: true }).fill("Call me on 555-123-4567 or mail morgan@example.com about the $240 clean");
  await customer.getByRole("button", { name: "Send" }).click();
  const masked = `Call me on ${HIDDEN} or mail ${HIDDEN} about the $240 clean`;
  await expect(customer.getByTestId("message-body").last()).toHaveText(masked, LIVE);

  // The provider's inbox picks up the new conversation live, already masked.
  const row = provider.getByTestId("conversation").filter({ hasText: "Morgan Fresh" });
  await expect(row).toContainText(HIDDEN, LIVE);
  await expect(row.getByTestId("unread-count")).toHaveText("1");
  await expectSameDocument(provider);
  await row.click();
  await expect(provider.getByTestId("message-body").last()).toHaveText(masked, LIVE);
  await expect(provider.getByText("555-123-4567")).toHaveCount(0);
  await context.close();
});
