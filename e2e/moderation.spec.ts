import { expect, test } from "@playwright/test";
import { apiSignIn, demo, sameOrigin, uiSignIn } from "./support";

// A customer reports someone else's review; an admin hides it from the queue; the provider's page no longer shows it.
test("an admin hides a reported review and it leaves the provider's page", async ({ browser }) => {
  const customer = await (await browser.newContext()).newPage();
  await uiSignIn(customer, demo.customer);
  // The best-rated provider has reviews written by other customers of the demo.
  const { data } = await (await customer.request.get("/api/providers?sort=rating")).json();
  const reviewed = (data as { slug: string; rating: { count: number } }[]).find((provider) => provider.rating.count > 0);
  expect(reviewed).toBeTruthy();
  await customer.goto(`/providers/${reviewed!.slug}`);
  const review = customer.getByTestId("public-review").filter({ has: customer.getByRole("button", { name: "Report" }) }).first();
  const reviewId = await review.getAttribute("data-review-id");
  expect(reviewId).toBeTruthy();
  // A click that lands before the list hydrates does nothing: retry until the form opens.
  await expect(async () => {
    await review.getByRole("button", { name: "Report" }).click();
    await expect(review.getByTestId("report-form")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await review.getByLabel("What is wrong with this review?").fill("This review is about a different company.");
  await review.getByRole("button", { name: "Send report" }).click();
  await expect(customer.locator(`[data-review-id="${reviewId}"]`).getByTestId("review-reported")).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await uiSignIn(admin, demo.admin);
  await admin.goto("/admin/reviews");
  const item = admin.locator(`[data-testid="moderation-item"][data-review-id="${reviewId}"]`);
  await expect(item.getByTestId("review-report").first()).toContainText("different company");
  await item.getByPlaceholder("Note (optional)").fill("Off-topic: another business");
  // Hidden, its reports are resolved and it leaves the open queue; retried in case the click beat hydration.
  await expect(async () => {
    if (await item.count()) await item.getByRole("button", { name: "Hide" }).click({ timeout: 2_000 });
    await expect(item).toHaveCount(0, { timeout: 3_000 });
  }).toPass();

  await customer.reload();
  await expect(customer.getByTestId("public-review").first()).toBeVisible();
  await expect(customer.locator(`[data-testid="public-review"][data-review-id="${reviewId}"]`)).toHaveCount(0);
});

// A provider reports a customer's bounty; an admin hides it from the unified queue; it is gone for the provider.
test("an admin hides a reported bounty from the moderation queue and its page is gone", async ({ browser }) => {
  const customer = await (await browser.newContext()).newPage();
  await apiSignIn(customer.request, demo.customer);
  const posted = await customer.request.post("/api/bounties", {
    headers: sameOrigin,
    data: {
      title: "Moderation journey: clear the gutters",
      description: "Two storeys, front and back gutters full of leaves; a ladder is on site for whoever takes it.",
      budgetAmount: 0,
      categorySlug: "cleaning",
      isRemote: true,
      dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    },
  });
  expect(posted.status()).toBe(201);
  const { id: bountyId } = (await posted.json()) as { id: string };

  const provider = await (await browser.newContext()).newPage();
  await uiSignIn(provider, demo.provider);
  await provider.goto(`/bounties/${bountyId}`);
  await expect(async () => {
    await provider.getByRole("button", { name: "Report" }).click();
    await expect(provider.getByTestId("report-form")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await provider.getByLabel("What is wrong with this bounty?").fill("x");
  await provider.getByRole("button", { name: "Send report" }).click();
  await expect(provider.getByTestId("report-form")).toContainText("Tell us briefly what is wrong");
  await provider.getByLabel("What is wrong with this bounty?").fill("Asks for payment outside Hearth.");
  await provider.getByRole("button", { name: "Send report" }).click();
  await expect(provider.getByTestId("content-reported")).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await uiSignIn(admin, demo.admin);
  await admin.goto("/admin/moderation?kind=BOUNTY");
  const item = admin.locator(`[data-testid="moderation-item"][data-target-id="${bountyId}"]`);
  await expect(item.getByTestId("content-report").first()).toContainText("outside Hearth");
  await expect(async () => {
    if (await item.count()) await item.getByRole("button", { name: "Hide" }).click({ timeout: 2_000 });
    await expect(item).toHaveCount(0, { timeout: 3_000 });
  }).toPass();

  expect((await provider.request.get(`/api/bounties/${bountyId}`)).status()).toBe(404);
});
