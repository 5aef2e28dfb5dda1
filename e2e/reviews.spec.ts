import { expect, test, type Page } from "@playwright/test";
import { formatDateTime } from "../components/ui/format";
import { demo, signedIn, pageAs, type StorageState } from "./support";

// Double-blind reviews in the browser. The demo seed (prisma/seed/demo.ts) has one completed
// "Standard home clean" from yesterday between the demo customer and the demo provider that
// neither has reviewed: the customer reviews first, the provider cannot see it, the provider
// reviews, and both then see both.

let customerState: StorageState;
let providerState: StorageState;

// Sign in once per role: sign-ins are rate limited per address across the whole run.
test.beforeAll(async ({ browser }) => {
  customerState = await signedIn(browser, demo.customer);
  providerState = await signedIn(browser, demo.provider);
});

interface BookingRow {
  id: string;
  provider: { slug: string };
}

/** The customer's completed demo booking they can still review, found through the REST API. */
async function unreviewedDemoBooking(page: Page): Promise<string> {
  const list = await page.request.get("/api/bookings?as=customer&status=COMPLETED&limit=100");
  expect(list.status()).toBe(200);
  for (const booking of ((await list.json()) as { data: BookingRow[] }).data) {
    if (booking.provider.slug !== demo.providerSlug) continue;
    const status = await (await page.request.get(`/api/reviews/status?bookingId=${booking.id}`)).json();
    if (status.canReview && status.mine === null) return booking.id;
  }
  throw new Error("The demo seed has no completed booking left to review; reseed the e2e database.");
}

/** Clicks the n-th star, as a person would, and checks that it selected that radio. */
async function rate(page: Page, group: string, stars: number) {
  const name = `${stars} ${stars === 1 ? "star" : "stars"}`;
  const fieldset = page.getByRole("group", { name: group });
  await fieldset.getByTitle(name).click();
  await expect(fieldset.getByRole("radio", { name })).toBeChecked();
}

test("a review pair revealed only after both submit", async ({ browser }) => {
  const customer = await pageAs(browser, customerState, "Europe/London");
  const bookingId = await unreviewedDemoBooking(customer);

  // The customer reviews first; the deadline shows in their own (browser) zone.
  await customer.goto(`/account/bookings/${bookingId}`);
  const block = customer.getByTestId("review-status");
  await expect(block).toBeVisible();
  const deadline = (await customer.getByTestId("review-deadline").getAttribute("data-deadline"))!;
  await expect(customer.getByTestId("review-deadline").locator("time")).toHaveText(formatDateTime(deadline, "Europe/London"));

  await customer.getByRole("button", { name: "Submit review" }).click();
  await expect(customer.getByTestId("field-error").first()).toBeVisible();
  await rate(customer, "Overall", 5);
  await rate(customer, "Quality of work", 5);
  await rate(customer, "Punctuality", 4);
  await rate(customer, "Communication", 5);
  await rate(customer, "Value for money", 4);
  await customer.getByLabel("Your review (optional)").fill("Spotless kitchen, thank you!");
  await customer.getByRole("button", { name: "Submit review" }).click();

  await expect(customer.getByTestId("my-review")).toContainText("Spotless kitchen, thank you!");
  await expect(customer.getByTestId("my-review-state")).toContainText("Sealed");
  await expect(customer.getByTestId("their-review-pending")).toBeVisible();
  await expect(customer.getByTestId("review-form")).toHaveCount(0);

  // The provider has nothing to read yet: not on the booking's review page, not on the profile.
  const provider = await pageAs(browser, providerState, "America/New_York");
  await provider.goto("/dashboard/reviews");
  // A click that lands while the list is still hydrating can be dropped by the client router: try again.
  const reviewPage = new RegExp(`/dashboard/reviews/${bookingId}$`);
  await expect(async () => {
    if (!reviewPage.test(provider.url())) await provider.locator(`[data-testid="review-to-write"][data-booking-id="${bookingId}"]`).getByRole("link").click();
    await expect(provider).toHaveURL(reviewPage, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(provider.getByTestId("review-form")).toBeVisible();
  await expect(provider.getByTestId("their-review")).toHaveCount(0);
  await expect(provider.getByText("Spotless kitchen")).toHaveCount(0);
  await expect(provider.getByTestId("review-deadline").locator("time")).toHaveText(formatDateTime(deadline, "America/New_York"));
  const profile = await pageAs(browser, providerState, "America/New_York");
  await profile.goto(`/providers/${demo.providerSlug}`);
  await expect(profile.getByTestId("review").first()).toBeVisible();
  await expect(profile.getByText("Spotless kitchen")).toHaveCount(0);

  // The provider reviews the customer: both reviews are published together.
  await rate(provider, "Overall", 5);
  await provider.getByLabel("Your review (optional)").fill("Casey left clear instructions.");
  await provider.getByRole("button", { name: "Submit review" }).click();
  await expect(provider.getByTestId("my-review")).toContainText("Casey left clear instructions.");
  await expect(provider.getByTestId("my-review-state")).toHaveText("Published.");
  await expect(provider.getByTestId("their-review")).toContainText("Spotless kitchen, thank you!");
  await expect(provider.getByTestId("their-review").getByTestId("verified-booking")).toBeVisible();

  await customer.reload();
  await expect(customer.getByTestId("my-review-state")).toHaveText("Published.");
  await expect(customer.getByTestId("their-review")).toContainText("Casey left clear instructions.");

  await profile.reload();
  const published = profile.getByTestId("review").filter({ hasText: "Spotless kitchen, thank you!" });
  await expect(published).toBeVisible();
  await expect(published.getByTestId("verified-booking")).toBeVisible();
  // The provider's review of the customer is not a review of the provider: it is not on the profile.
  await expect(profile.getByText("Casey left clear instructions.")).toHaveCount(0);
});
