import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
export const DEMO_PASSWORD = "hearth-demo";
export const demo = {
  customer: "customer@example.com",
  provider: "provider@example.com",
  admin: "admin@example.com",
  plumber: "plumber@example.com",
  providerSlug: "hearth-demo-cleaning",
  /** Open around the clock, so journeys that need a start a few hours away work at any hour. */
  plumberSlug: "hearth-demo-plumbing",
};

/** Cookie-authenticated writes must carry our Origin, as a browser's would. */
export const sameOrigin = { origin: baseURL };

/** Signs in through next-auth's credentials endpoint, as an API client would; cookies stay in `request`. */
export async function apiSignIn(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers: sameOrigin,
  });
  expect(response.ok()).toBeTruthy();
  const me = await request.get("/api/me");
  expect(me.status()).toBe(200);
  return me.json();
}

export async function uiSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** The test-mode processor's card that always authorizes: the `paymentMethod` of API bookings. */
export const TEST_CARD = "4242424242424242";

/** The test-mode card form on the booking page (the documented test cards; any future expiry and CVC). */
export async function fillCard(page: Page, number = "4242 4242 4242 4242") {
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("CVC").fill("123");
}

export type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** Signs in once through the form and keeps the cookies, so a test can open many pages as that user. */
export async function signedIn(browser: Browser, email: string): Promise<StorageState> {
  const context = await browser.newContext();
  await uiSignIn(await context.newPage(), email);
  const state = await context.storageState();
  await context.close();
  return state;
}

/** A page in a fresh context with a signed-in user's cookies, in `timezoneId` if given. */
export async function pageAs(browser: Browser, storageState: StorageState, timezoneId?: string): Promise<Page> {
  return (await browser.newContext({ storageState, timezoneId })).newPage();
}
