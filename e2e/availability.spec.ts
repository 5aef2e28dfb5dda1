import { expect, test, type Page } from "@playwright/test";
import { DateTime } from "luxon";
import { demo, uiSignIn } from "./support";

// The demo provider works in New York, every day 08:00–20:00. Dates are picked relative to today
// there, at least five days out (past any minimum notice, clear of the first free slots other
// journeys book) and within the 14 days the booking page shows. Deep clean takes 4 hours, so
// opening 10:00–16:00 leaves starts from 10:00 to 12:00.
const ZONE = "America/New_York";
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The slot starts offered on one local date, as New York wall-clock minutes. */
async function startsOn(page: Page, date: string): Promise<number[]> {
  await page.locator(`[data-testid="slot-day"][data-day="${date}"]`).click();
  await expect(page.getByTestId("slot").first()).toBeVisible();
  const starts = await page.getByTestId("slot").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-start") ?? ""));
  return starts.map((iso) => {
    const local = DateTime.fromISO(iso, { zone: ZONE });
    expect(local.toISODate()).toBe(date);
    return local.hour * 60 + local.minute;
  });
}

test("a provider's new weekday hours and day off change the times customers can book", async ({ browser }) => {
  const today = DateTime.now().setZone(ZONE).startOf("day");
  const changed = today.plus({ days: 5 });
  const dayOff = today.plus({ days: 6 });
  const weekday = WEEKDAY_NAMES[changed.weekday - 1];

  const providerContext = await browser.newContext();
  const provider = await providerContext.newPage();
  await uiSignIn(provider, demo.provider);
  await provider.goto("/dashboard");
  await provider.getByRole("link", { name: "Availability" }).click();
  await expect(provider).toHaveURL(/\/dashboard\/availability$/);
  await expect(provider.getByTestId("availability-zone")).toContainText(`Times are in ${ZONE}`);

  // One interval, 10:00–16:00, on the chosen weekday; the other weekdays stay as they are.
  const row = provider.locator(`[data-testid="weekday"][data-weekday="${changed.weekday}"]`);
  const closed = row.getByLabel(`${weekday} Closed`, { exact: true });
  if (await closed.isChecked()) await closed.uncheck();
  while ((await row.getByTestId("interval").count()) > 1) {
    await row.getByRole("button", { name: /^Remove / }).last().click();
  }
  const from = row.getByLabel(`${weekday} interval 1 From`, { exact: true });
  const to = row.getByLabel(`${weekday} interval 1 To`, { exact: true });

  // A mistake first: the field error shows under the field and nothing is saved.
  await from.fill("16:00");
  await to.fill("10:00");
  await provider.getByRole("button", { name: "Save hours" }).click();
  await expect(row.getByTestId("field-error")).toHaveText("Must be after the start time");

  await from.fill("10:00");
  await to.fill("16:00");
  await provider.getByRole("button", { name: "Save hours" }).click();
  await expect(provider.getByTestId("weekly-status")).toContainText("Hours saved");

  await provider.getByLabel("Date", { exact: true }).fill(dayOff.toISODate()!);
  await provider.getByLabel("Closed all day").check();
  await provider.getByRole("button", { name: "Add day off" }).click();
  const listed = provider.locator(`[data-testid="override"][data-date="${dayOff.toISODate()}"]`);
  await expect(listed).toContainText("Closed all day");
  await expect(listed.getByRole("button", { name: /^Remove / })).toBeVisible();

  // Saved for real: a fresh load shows the new hours.
  await provider.reload();
  await expect(provider.locator(`[data-testid="weekday"][data-weekday="${changed.weekday}"]`).getByTestId("interval")).toHaveCount(1);
  await expect(provider.getByLabel(`${weekday} interval 1 From`, { exact: true })).toHaveValue("10:00");
  await expect(provider.getByLabel(`${weekday} interval 1 To`, { exact: true })).toHaveValue("16:00");

  // The customer, in the provider's zone so the day tabs are New York dates.
  const customerContext = await browser.newContext({ timezoneId: ZONE });
  const customer = await customerContext.newPage();
  await uiSignIn(customer, demo.customer);
  await customer.goto(`/providers/${demo.providerSlug}`);
  await customer.getByRole("link", { name: "Book Deep clean" }).click();
  await expect(customer.getByTestId("slot-day").first()).toBeVisible();

  // The day off has no times; the next day, a normal one, still has times outside 10:00–12:00.
  await expect(customer.locator(`[data-testid="slot-day"][data-day="${dayOff.toISODate()}"]`)).toHaveCount(0);
  const nextDay = await startsOn(customer, dayOff.plus({ days: 1 }).toISODate()!);
  expect(nextDay.some((minute) => minute < 10 * 60 || minute > 12 * 60)).toBe(true);

  // Both occurrences of the changed weekday in view only offer starts from 10:00 to 12:00.
  for (const date of [changed, changed.plus({ days: 7 })]) {
    const starts = await startsOn(customer, date.toISODate()!);
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.every((minute) => minute >= 10 * 60 && minute <= 12 * 60)).toBe(true);
  }

  await Promise.all([providerContext.close(), customerContext.close()]);
});

test("a provider adjusts a service's settings with the cancellation tiers explained", async ({ page }) => {
  await uiSignIn(page, demo.provider);
  await page.goto("/dashboard/services");
  await page.getByRole("link", { name: "Edit settings for Move-out clean" }).click();
  await expect(page.getByRole("heading", { name: "Move-out clean" })).toBeVisible();
  await expect(page.getByText("Full refund when the customer cancels at least 7 days before the start")).toBeVisible();

  await page.getByLabel("Buffer after (minutes)").fill("300");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("field-error")).toHaveText("The buffer after must be at most 240 minutes");

  await page.getByLabel("Buffer after (minutes)").fill("45");
  await page.getByLabel("Strict").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("settings-status")).toContainText("Settings saved");
  await page.reload();
  await expect(page.getByLabel("Buffer after (minutes)")).toHaveValue("45");
});
