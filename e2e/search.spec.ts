import { expect, test } from "@playwright/test";
import { DateTime } from "luxon";
import { demo, fillCard, uiSignIn } from "./support";

// Finding a provider the way a customer types: a typo, then "near me", then "free Saturday
// morning", and booking straight from the result.
test("a customer searches with a typo, narrows by distance and a Saturday morning, and books from the result", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "America/New_York" });
  const page = await context.newPage();
  await uiSignIn(page, demo.customer);

  await page.goto("/providers");
  await page.getByLabel("Search", { exact: true }).fill("plumer");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=plumer/);
  const plumber = page.locator(`[data-testid="provider-card"][data-slug="${demo.plumberSlug}"]`);
  await expect(plumber).toBeVisible();

  const saturday = DateTime.now().setZone("America/New_York").plus({ days: 1 }).startOf("day");
  const nextSaturday = saturday.plus({ days: (6 - saturday.weekday + 7) % 7 });
  await page.getByLabel("Near").fill("Williamsburg");
  await page.getByLabel("Within").selectOption("2");
  await page.getByLabel("Free on").fill(nextSaturday.toISODate()!);
  await page.getByLabel("Part of the day").selectOption("morning");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/near=Williamsburg/);
  await expect(page).toHaveURL(/part=morning/);
  await expect(plumber).toBeVisible();
  await expect(plumber.getByTestId("distance")).toContainText("km away");
  // The cleaner is as near and as free, but "plumer" is not about cleaning.
  await expect(page.locator(`[data-testid="provider-card"][data-slug="${demo.providerSlug}"]`)).toHaveCount(0);
  // The back button walks the search history: the typo search alone comes back.
  await page.goBack();
  await expect(page).not.toHaveURL(/near=Williamsburg/);
  await page.goForward();
  await expect(page).toHaveURL(/part=morning/);

  await plumber.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/providers/${demo.plumberSlug}$`));
  await page.getByRole("link", { name: "Book Emergency call-out" }).click();
  const nineAm = nextSaturday.set({ hour: 9 }).toUTC().toISO()!;
  await page.locator(`[data-testid="slot-day"][data-day="${nextSaturday.toISODate()}"]`).click();
  await page.locator(`[data-testid="slot"][data-start="${nineAm}"]`).click();
  await page.getByLabel("Address").fill("120 Grand St, Brooklyn");
  await fillCard(page);
  await page.getByRole("button", { name: "Book now" }).click();
  await expect(page).toHaveURL(/\/account\/bookings\/[^/?]+/);
  await expect(page.getByTestId("booking-status")).toHaveText("CONFIRMED");
  await context.close();
});
