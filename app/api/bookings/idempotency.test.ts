import type { Actor } from "@/lib/core/auth/actor";
import { db } from "@/lib/core/db";
import { getServiceSlots } from "@/lib/availability/get-service-slots";
import { makeCategoryTree, makeCustomer, makeProvider } from "@/lib/testing/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { uniqueToken } from "@/prisma/seed/builders";
import { TEST_CARD, TEST_CARD_DECLINED } from "@/lib/payments/test-cards";
import { POST as createBooking } from "./route";
import { POST as confirm } from "./[id]/confirm/route";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();

const origin = "http://localhost:3000";
const headers = (key?: string) => ({
  cookie: "next-auth.session-token=test",
  origin,
  "content-type": "application/json",
  ...(key ? { "idempotency-key": key } : {}),
});
const noParams = { params: Promise.resolve({}) };

async function scenario() {
  await makeCategoryTree();
  const provider = await makeProvider({
    services: [{ name: "Deep clean", categorySlug: "cleaning", durationMin: 60, slotStepMin: 60, bookingMode: "REQUEST", priceAmount: 9000, currency: "USD" }],
  });
  const customer = await makeCustomer();
  const serviceId = provider.services[0].id;
  const { data } = await getServiceSlots({ serviceId, query: {} });
  return {
    provider,
    serviceId,
    slots: data.map((slot) => slot.start),
    asCustomer: () => (mockActor = { userId: customer.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null }),
    asProvider: () => (mockActor = { userId: provider.userId, role: "PROVIDER", isSuperAdmin: false, providerId: provider.id }),
  };
}

const book = (body: unknown, key?: string) =>
  createBooking(new Request(`${origin}/api/bookings`, { method: "POST", body: JSON.stringify(body), headers: headers(key) }), noParams);

describe("POST /api/bookings with Idempotency-Key", () => {
  it("replays a retried booking instead of booking twice; another body with the key is 422 and writes nothing", async () => {
    const { provider, serviceId, slots, asCustomer } = await scenario();
    asCustomer();
    const key = uniqueToken();
    const body = { serviceId, start: slots[0], notes: "Side door", address: "1 Main St", paymentMethod: TEST_CARD };

    const first = await book(body, key);
    expect(first.status).toBe(201);
    const booking = await first.json();
    const retry = await book({ paymentMethod: TEST_CARD, address: "1 Main St", notes: "Side door", start: slots[0], serviceId }, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await retry.json()).toEqual(booking);

    const other = await book({ ...body, start: slots[1] }, key);
    expect(other.status).toBe(422);
    expect((await other.json()).error.code).toBe("IDEMPOTENCY_MISMATCH");
    expect(await db.booking.findMany({ where: { providerId: provider.id }, select: { id: true } })).toEqual([{ id: booking.id }]);

    // Without the key, another request for that time (another card) finds the slot gone…
    expect((await book({ ...body, paymentMethod: TEST_CARD_DECLINED })).status).toBe(409);
    // …while the very same request (same card) is recognised and answers with the same booking.
    const again = await book(body);
    expect(again.status).toBe(201);
    expect((await again.json()).id).toBe(booking.id);
    expect(await db.booking.count({ where: { providerId: provider.id } })).toBe(1);
    expect(await db.payment.count({ where: { providerId: provider.id } })).toBe(1);
  });

  it("books once when the same request arrives five times at once", async () => {
    const { provider, serviceId, slots, asCustomer } = await scenario();
    asCustomer();
    const key = uniqueToken();
    const responses = await Promise.all(Array.from({ length: 5 }, () => book({ serviceId, start: slots[0], paymentMethod: TEST_CARD }, key)));
    expect(responses.filter((r) => r.status === 201 && !r.headers.get("idempotent-replayed"))).toHaveLength(1);
    // The others waited on the claim (409 in progress) or saw the stored answer; none hit SLOT_TAKEN.
    for (const response of responses) expect([201, 409]).toContain(response.status);
    expect(await db.booking.count({ where: { providerId: provider.id } })).toBe(1);
  });
});

describe("POST /api/bookings/:id/confirm with Idempotency-Key", () => {
  it("answers a retried confirm with the same 200, not 409, and confirms once", async () => {
    const { serviceId, slots, asCustomer, asProvider } = await scenario();
    asCustomer();
    const booking = await (await book({ serviceId, start: slots[0], paymentMethod: TEST_CARD })).json();
    asProvider();
    const key = uniqueToken();
    const send = (k?: string) =>
      confirm(new Request(`${origin}/api/bookings/${booking.id}/confirm`, { method: "POST", headers: headers(k) }), { params: Promise.resolve({ id: booking.id }) });

    const first = await send(key);
    expect(first.status).toBe(200);
    const confirmed = await first.json();
    expect(confirmed.status).toBe("CONFIRMED");
    const retry = await send(key);
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await retry.json()).toEqual(confirmed);

    expect((await send()).status).toBe(409);
    const events = await db.outboxEvent.findMany({ where: { type: "booking.confirmed", payload: { path: ["data", "bookingId"], equals: booking.id } } });
    expect(events).toHaveLength(1);
  });
});
