import { expect, test, type Page } from "@playwright/test";
import { demo, pageAs, signedIn } from "./support";

// A booking made with the keyboard alone: from the search page (whose category filter is the
// Radix select) to the provider, the booking form and the confirmation. Every control on the way
// is reached with Tab in reading order and shows a visible focus indicator. page.goto is used only
// for the first page; everything after is Tab, Shift+Tab, Enter, Space, arrow keys and typing.

type Focused = { key: string; tag: string; text: string; href: string | null; focusVisible: boolean; indicator: boolean; style: string };

/** What has focus: its id, test id or accessible-ish name, and whether :focus-visible shows an outline or ring. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { key: "body", tag: "body", text: "", href: null, focusVisible: false, indicator: false, style: "" };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    // A ring is a box-shadow with a spread and a colour that is not transparent (not shadow-sm).
    const ring = [...style.boxShadow.matchAll(/(rgba?\([^)]*\))\s+-?[\d.]+px\s+-?[\d.]+px\s+-?[\d.]+px\s+([\d.]+)px/g)].some(
      ([, color, spread]) => Number(spread) > 0 && !/,\s*0\)$/.test(color),
    );
    const key = el.id || el.getAttribute("data-testid") || el.getAttribute("aria-label") || el.textContent?.trim() || el.tagName;
    return {
      key,
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim(),
      href: el.getAttribute("href"),
      // Or focus is in the control's own browser-made parts (a date input's calendar button).
      focusVisible: el.matches(":focus-visible") || (!el.matches(":focus") && el.matches(":focus-within")),
      indicator: outline || ring,
      style: `outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}`,
    };
  });
}

/** Tabs until `matches` holds for the focused element, checking each stop shows its focus. */
async function tabTo(page: Page, matches: (f: Focused) => boolean, what: string, { max = 80, key = "Tab" } = {}): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    seen.push(now.key);
    expect(now.focusVisible && now.indicator, `focus on ${now.tag} "${now.key}" is not visible (:focus-visible ${now.focusVisible}, ${now.style}); focus went through: ${seen.join(" → ")}`).toBe(true);
    if (matches(now)) return now;
  }
  throw new Error(`${key} never reached ${what}; focus went through: ${seen.join(" → ")}`);
}

const byKey = (key: string) => (f: Focused) => f.key === key;

test("a customer books with the keyboard only", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await pageAs(browser, await signedIn(browser, demo.customer), "America/New_York");
  await page.goto("/providers");
  await expect(page.getByTestId("provider-card").first()).toBeVisible();

  // The skip link comes first and jumps past the header.
  const skip = await tabTo(page, () => true, "the skip link", { max: 1 });
  expect(skip.text).toBe("Skip to content");
  await page.keyboard.press("Enter");

  // The filters, in reading order: search box, then the Radix category select.
  await tabTo(page, byKey("filter-q"), "the search box", { max: 1 });
  await page.keyboard.type("Hearth Demo");
  await tabTo(page, byKey("filter-category"), "the category select", { max: 1 });
  const listbox = page.getByRole("listbox");
  // Enter opens the Radix select; pressed again only if it came before React took over the page.
  await expect(async () => {
    if (!(await listbox.isVisible())) await page.keyboard.press("Enter");
    await expect(listbox).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const cleaning = listbox.getByRole("option", { name: "Cleaning", exact: true });
  for (let i = 0; i < 20 && !(await cleaning.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("ArrowDown");
  await expect(cleaning).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(listbox).toBeHidden();
  await expect(page.locator("#filter-category")).toBeFocused();
  await expect(page.locator("#filter-category")).toHaveText(/Cleaning/);

  // Shift+Tab goes back to the search box; Tab forward walks the rest of the form to Search.
  await tabTo(page, byKey("filter-q"), "the search box again", { max: 1, key: "Shift+Tab" });
  const order: string[] = [];
  await tabTo(page, (f) => (order.push(f.key), f.tag === "button" && f.text === "Search"), "the Search button", { max: 20 });
  expect(order.slice(0, 4)).toEqual(["filter-category", "filter-city", "filter-near", "filter-radius"]);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=Hearth\+Demo.*category=cleaning|category=cleaning.*q=Hearth\+Demo/);

  // Results: Tab to the provider's card link.
  const card = page.locator(`[data-testid="provider-card"][data-slug="${demo.providerSlug}"]`);
  await expect(card).toBeVisible();
  const cardHref = await card.getByRole("link").first().getAttribute("href");
  await tabTo(page, (f) => f.href === cardHref, "the provider card");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/providers/${demo.providerSlug}$`));
  await expect(page.getByRole("heading", { name: "Hearth Demo Cleaning" })).toBeVisible();

  await tabTo(page, (f) => f.text === "Book Deep clean", "the Book Deep clean link");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/book\//);
  await expect(page.getByTestId("slot").first()).toBeVisible();

  // The booking form: a day, a time (Space presses a button), then the details and the card.
  const day = await tabTo(page, byKey("slot-day"), "the first day");
  expect(day.tag).toBe("button");
  await tabTo(page, byKey("slot"), "the first free time");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("selected-slot")).toBeVisible();

  // From the picked time, Tab walks the rest of the day's times and then the address.
  const between: string[] = [];
  await tabTo(page, (f) => (between.push(f.key), f.key === "address"), "the address");
  expect(between.slice(0, -1).every((key) => key === "slot"), between.join(" → ")).toBe(true);
  await page.keyboard.type("12 Garden Lane, Brooklyn");
  await tabTo(page, byKey("notes"), "the notes", { max: 1 });
  await page.keyboard.type("Keyboard-only booking");
  await tabTo(page, byKey("card-number"), "the card number");
  await page.keyboard.type("4242 4242 4242 4242");
  await tabTo(page, byKey("card-expiry"), "the expiry", { max: 1 });
  await page.keyboard.type("12/34");
  await tabTo(page, byKey("card-cvc"), "the CVC", { max: 1 });
  await page.keyboard.type("123");
  const submit = await tabTo(page, byKey("submit-booking"), "the submit button");
  expect(submit.text).toBe("Request booking");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/account\/bookings\/[^/?]+/);
  await expect(page.getByTestId("booking-status")).toHaveText("REQUESTED");
  await page.context().close();
});
