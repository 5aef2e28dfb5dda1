import { expect, request as playwrightRequest, test } from "@playwright/test";
import { apiSignIn, baseURL, demo, sameOrigin, TEST_CARD } from "./support";

// A client that retries a write with the same Idempotency-Key gets the first answer back
// instead of a second booking (or a 409 for a second confirm).
test("REST: Idempotency-Key replays bookings and confirms, and refuses reuse with another body", async () => {
  const customer = await playwrightRequest.newContext({ baseURL });
  const provider = await playwrightRequest.newContext({ baseURL });
  await apiSignIn(customer, demo.customer);

  const profile = await (await customer.get(`/api/providers/${demo.providerSlug}`)).json();
  const service = profile.services.find((s: { bookingMode: string }) => s.bookingMode === "REQUEST");
  const slots = (await (await customer.get(`/api/services/${service.id}/slots`)).json()).data as { start: string }[];
  // Away from the ends of the list, which other journeys book.
  const start = slots[Math.floor(slots.length / 2)].start;

  const key = `e2e-book-${Date.now()}`;
  const body = { serviceId: service.id, start, notes: "Retried by a flaky network", address: "2 Retry Road", paymentMethod: TEST_CARD };
  const first = await customer.post("/api/bookings", { data: body, headers: { ...sameOrigin, "Idempotency-Key": key } });
  expect(first.status()).toBe(201);
  expect(first.headers()["idempotent-replayed"]).toBeUndefined();
  const booking = await first.json();

  const retry = await customer.post("/api/bookings", { data: body, headers: { ...sameOrigin, "Idempotency-Key": key } });
  expect(retry.status()).toBe(201);
  expect(retry.headers()["idempotent-replayed"]).toBe("true");
  expect((await retry.json()).id).toBe(booking.id);

  const reused = await customer.post("/api/bookings", {
    data: { ...body, notes: "Something else" },
    headers: { ...sameOrigin, "Idempotency-Key": key },
  });
  expect(reused.status()).toBe(422);
  expect((await reused.json()).error.code).toBe("IDEMPOTENCY_MISMATCH");

  const requested = await (await customer.get("/api/bookings?as=customer&status=REQUESTED&limit=100")).json();
  expect(requested.data.filter((b: { start: string }) => b.start === start)).toHaveLength(1);

  await apiSignIn(provider, demo.provider);
  const confirmKey = `e2e-confirm-${Date.now()}`;
  const confirm = () =>
    provider.post(`/api/bookings/${booking.id}/confirm`, { headers: { ...sameOrigin, "Idempotency-Key": confirmKey } });
  const confirmed = await confirm();
  expect(confirmed.status()).toBe(200);
  const confirmedBody = await confirmed.json();
  expect(confirmedBody.status).toBe("CONFIRMED");

  const again = await confirm();
  expect(again.status()).toBe(200);
  expect(again.headers()["idempotent-replayed"]).toBe("true");
  expect(await again.json()).toEqual(confirmedBody);

  // Without the key a second confirm is a new request, and the booking is confirmed already.
  expect((await provider.post(`/api/bookings/${booking.id}/confirm`, { headers: sameOrigin })).status()).toBe(409);
});
