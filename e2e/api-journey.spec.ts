import { expect, request as playwrightRequest, test } from "@playwright/test";
import { apiSignIn, baseURL, demo, sameOrigin, TEST_CARD } from "./support";

// The first journey through the REST API: sign up, find a provider, book a free slot,
// the provider confirms, both sides see it — plus the error contract on bad input.
test("REST: sign up, browse, book, provider confirms", async () => {
  const customer = await playwrightRequest.newContext({ baseURL });
  const provider = await playwrightRequest.newContext({ baseURL });
  const stranger = await playwrightRequest.newContext({ baseURL });

  const email = `api-${Date.now()}@example.com`;
  const signUp = await customer.post("/api/users", {
    data: { email, password: "correct-horse-battery", name: "Api Customer", role: "customer" },
  });
  expect(signUp.status()).toBe(201);
  expect(await signUp.json()).toMatchObject({ email, role: "customer" });

  const duplicate = await customer.post("/api/users", {
    data: { email, password: "correct-horse-battery", name: "Again", role: "customer" },
  });
  expect(duplicate.status()).toBe(409);

  const invalid = await customer.post("/api/users", { data: { email: "nope", password: "short", name: "", role: "pirate" } });
  expect(invalid.status()).toBe(422);
  const invalidBody = await invalid.json();
  expect(invalidBody.error.code).toBe("VALIDATION_FAILED");
  expect(Object.keys(invalidBody.error.details.fields)).toEqual(expect.arrayContaining(["email", "password", "name", "role"]));

  await apiSignIn(customer, email, "correct-horse-battery");

  const categories = await (await customer.get("/api/categories")).json();
  expect(categories.data.length).toBeGreaterThanOrEqual(3);

  const page1 = await (await customer.get("/api/providers?limit=5")).json();
  expect(page1.data).toHaveLength(5);
  expect(page1.nextCursor).toBeTruthy();
  const page2 = await (await customer.get(`/api/providers?limit=5&cursor=${page1.nextCursor}`)).json();
  expect(page2.data.map((p: { id: string }) => p.id)).not.toContain(page1.data[0].id);

  const profile = await (await customer.get(`/api/providers/${demo.providerSlug}`)).json();
  const service = profile.services.find((s: { bookingMode: string }) => s.bookingMode === "REQUEST");
  expect(service).toBeTruthy();
  expect((await customer.get("/api/providers/no-such-provider")).status()).toBe(404);

  const slots = await (await customer.get(`/api/services/${service.id}/slots`)).json();
  expect(slots.timeZone).toBe(profile.timeZone);
  expect(slots.data.length).toBeGreaterThan(0);
  const start = slots.data[slots.data.length - 1].start;

  const created = await customer.post("/api/bookings", {
    data: { serviceId: service.id, start, notes: "Two cats, please close the door", address: "1 Test Street", paymentMethod: TEST_CARD },
    headers: sameOrigin,
  });
  expect(created.status()).toBe(201);
  const booking = await created.json();
  expect(booking).toMatchObject({ status: "REQUESTED", start, price: { amount: service.priceAmount, currency: service.currency } });
  // The card pays the service's price (test mode: no real money): authorized now, or saved and
  // authorized 48 h ahead when the booking is a week or more away (the last slot usually is).
  const farOff = Date.parse(start) - Date.now() >= 7 * 24 * 3_600_000;
  expect(booking.payment).toMatchObject({ status: farOff ? "CARD_SAVED" : "AUTHORIZED", amount: service.priceAmount, currency: service.currency, testMode: true });

  const taken = await customer.post("/api/bookings", { data: { serviceId: service.id, start, paymentMethod: TEST_CARD }, headers: sameOrigin });
  expect(taken.status()).toBe(409);
  expect((await taken.json()).error.code).toBe("SLOT_TAKEN");

  const crossSite = await customer.post("/api/bookings", {
    data: { serviceId: service.id, start: slots.data[0].start, paymentMethod: TEST_CARD },
    headers: { origin: "https://evil.example" },
  });
  expect(crossSite.status()).toBe(403);

  const tooBig = await customer.post("/api/bookings", {
    data: { serviceId: service.id, start, notes: "x".repeat(200_000), paymentMethod: TEST_CARD },
    headers: sameOrigin,
  });
  expect(tooBig.status()).toBe(413);

  // A stranger cannot see or answer the booking: 404, as if it did not exist.
  await apiSignIn(stranger, demo.customer);
  expect((await stranger.get(`/api/bookings/${booking.id}`)).status()).toBe(404);
  // The customer cannot confirm their own request.
  expect((await customer.post(`/api/bookings/${booking.id}/confirm`, { headers: sameOrigin })).status()).toBe(403);

  await apiSignIn(provider, demo.provider);
  const providerList = await (await provider.get("/api/bookings?as=provider")).json();
  expect(providerList.data.map((b: { id: string }) => b.id)).toContain(booking.id);
  const confirmed = await provider.post(`/api/bookings/${booking.id}/confirm`, { headers: sameOrigin });
  expect(confirmed.status()).toBe(200);
  expect((await confirmed.json()).status).toBe("CONFIRMED");
  const again = await provider.post(`/api/bookings/${booking.id}/decline`, { headers: sameOrigin });
  expect(again.status()).toBe(409);
  expect((await again.json()).error.details.currentStatus).toBe("CONFIRMED");

  const mine = await (await customer.get(`/api/bookings/${booking.id}`)).json();
  expect(mine.status).toBe("CONFIRMED");

  await expect
    .poll(async () => (await (await customer.get("/api/notifications")).json()).data.map((n: { type: string }) => n.type))
    .toContain("booking.confirmed");
});
