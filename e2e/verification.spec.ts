import { expect, test } from "@playwright/test";
import { demo, signedIn, pageAs } from "./support";

// Verifying a provider: the demo provider uploads an insurance certificate (a file that only claims
// to be a PDF is refused first), an admin approves it from the queue with an expiry date (the form
// shows field errors for a missing or past date), and the badge with that date shows on the
// provider's public page and in "verified only" search.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", "latin1");

/** YYYY-MM-DD, `days` from today (UTC), and how the app prints it ("June 1, 2027", read in UTC). */
function dateIn(days: number) {
  const date = new Date(Date.now() + days * 86_400_000);
  return { input: date.toISOString().slice(0, 10), shown: new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(date) };
}

test("verifying a provider", async ({ browser, request }) => {
  const provider = await pageAs(browser, await signedIn(browser, demo.provider));
  const admin = await pageAs(browser, await signedIn(browser, demo.admin));

  // The provider finds the page from the dashboard.
  await provider.goto("/dashboard");
  await provider.getByRole("link", { name: "Verification" }).click();
  await expect(provider).toHaveURL(/\/dashboard\/verification$/);
  const form = provider.getByTestId("upload-document-form");

  // Text named .pdf is refused by its content, under the file field.
  await form.getByLabel("Document").selectOption("INSURANCE");
  await form.getByLabel("File").setInputFiles({ name: "insurance.pdf", mimeType: "application/pdf", buffer: Buffer.from("this is not a pdf") });
  await form.getByRole("button", { name: "Upload for review" }).click();
  await expect(form.getByTestId("field-error")).toHaveText("Upload a PDF, JPEG or PNG");
  // A rerun against a kept server finds the earlier run's documents: count from here.
  const documents = provider.getByTestId("my-document");
  const before = await documents.count();

  await form.getByLabel("File").setInputFiles({ name: "insurance.pdf", mimeType: "application/pdf", buffer: PDF });
  await form.getByRole("button", { name: "Upload for review" }).click();
  await expect(documents).toHaveCount(before + 1);
  // Newest first.
  const documentId = await documents.first().getAttribute("data-document-id");
  const mine = provider.locator(`[data-testid="my-document"][data-document-id="${documentId}"]`);
  await expect(mine.getByTestId("document-status")).toHaveText("Awaiting review");

  // The file is private: its provider can open it, a signed-out client cannot.
  const own = await provider.request.get(`/api/verification/documents/${documentId}/file`);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");
  expect((await request.get(`/api/verification/documents/${documentId}/file`)).status()).toBe(401);

  // The admin reaches the queue from the nav and finds the document.
  await admin.goto("/admin/reviews");
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Verification" }).click();
  await expect(admin).toHaveURL(/\/admin\/verification$/);
  const item = admin.locator(`[data-testid="verification-item"][data-document-id="${documentId}"]`);
  await expect(item).toContainText("Insurance");
  expect((await admin.request.get(`/api/verification/documents/${documentId}/file`)).status()).toBe(200);

  const approve = item.getByTestId("approve-form");
  await approve.getByRole("button", { name: "Approve" }).click();
  await expect(approve.getByTestId("field-error")).toHaveText("Enter the expiry date");
  await approve.getByLabel("Valid until").fill(dateIn(-3).input);
  await approve.getByRole("button", { name: "Approve" }).click();
  await expect(approve.getByTestId("field-error")).toHaveText("The expiry date must be in the future");

  const expiry = dateIn(200);
  await approve.getByLabel("Valid until").fill(expiry.input);
  await approve.getByRole("button", { name: "Approve" }).click();
  await expect(item).toHaveCount(0);

  // The public page shows the badge with its kind and date.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/providers/${demo.providerSlug}`);
  await expect(visitor.getByTestId("verification-badge")).toHaveText(`Insurance verified · until ${expiry.shown}`);

  // "Verified only" search lists the provider with the date (its cache is cleared after commit).
  // The demo seed verified many providers already, so the search names this one.
  await expect(async () => {
    await visitor.goto("/providers?verified=true&q=Hearth+Demo+Cleaning");
    await expect(visitor.locator(`[data-testid="provider-card"][data-slug="${demo.providerSlug}"]`).getByTestId("card-verified")).toHaveText(`Verified · until ${expiry.shown}`, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });

  // The provider sees the decision on their page.
  await provider.reload();
  await expect(mine.getByTestId("document-status")).toHaveText("Approved");
  await expect(mine).toContainText(`Badge valid until ${expiry.shown}`);
});
