import type { Actor } from "@/lib/core/auth/actor";
import { db } from "@/lib/core/db";
import { getServiceSlots } from "@/lib/availability/get-service-slots";
import { TEST_CARD, TEST_CARD_AUTHENTICATE, TEST_CARD_DECLINED } from "@/lib/payments/test-cards";
import { makeCategoryTree, makeCustomer, makeProvider } from "@/lib/testing/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { POST as createBooking } from "../bookings/route";
import { GET as getPayment } from "./[id]/route";
import { POST as confirm } from "./[id]/confirm/route";
import { POST as testAuthenticate } from "./[id]/test-authenticate/route";
import { POST as refund } from "./[id]/refund/route";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();

const origin = "http://localhost:3000";
const headers = { cookie: "next-auth.session-token=test", origin, "content-type": "application/json" };
const post = (handler: typeof confirm, path: string, id: string, body?: unknown) =>
  handler(new Request(`${origin}${path}`, { method: "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) }), { params: Promise.resolve({ id }) });
const get = (id: string) => getPayment(new Request(`${origin}/api/payments/${id}`, { headers }), { params: Promise.resolve({ id }) });
const book = (body: unknown) => createBooking(new Request(`${origin}/api/bookings`, { method: "POST", body: JSON.stringify(body), headers }), { params: Promise.resolve({}) });

async function scenario() {
  await makeCategoryTree();
  const provider = await makeProvider({
    services: [{ name: "Clean", categorySlug: "cleaning", durationMin: 60, slotStepMin: 60, bookingMode: "INSTANT", priceAmount: 9000, currency: "USD" }],
  });
  const customer = await makeCustomer();
  const serviceId = provider.services[0].id;
  const { data } = await getServiceSlots({ serviceId, query: {} });
  const actor = (userId: string, role: Actor["role"], providerId: string | null = null): Actor => ({ userId, role, isSuperAdmin: false, providerId });
  return {
    provider,
    serviceId,
    slots: data.map((slot) => slot.start),
    asCustomer: () => (mockActor = actor(customer.id, "CUSTOMER")),
    asProvider: () => (mockActor = actor(provider.userId, "PROVIDER", provider.id)),
    asStranger: async () => (mockActor = actor((await makeCustomer()).id, "CUSTOMER")),
  };
}

describe("POST /api/bookings with a card", () => {
  it("answers 201 with the booking and its authorized payment; a client-sent amount and currency are ignored", async () => {
    const { serviceId, slots, asCustomer } = await scenario();
    asCustomer();
    const response = await book({ serviceId, start: slots[0], paymentMethod: TEST_CARD, amount: 1, currency: "EUR" });
    expect(response.status).toBe(201);
    const booking = await response.json();
    expect(booking.payment).toMatchObject({ status: "AUTHORIZED", amount: 9000, currency: "USD", testMode: true });
    expect(JSON.stringify(booking)).not.toMatch(/tm_pi_|processorRef|clientSecret/);
  });

  it("answers 402 with the card's message for a declined card, and books nothing", async () => {
    const { provider, serviceId, slots, asCustomer } = await scenario();
    asCustomer();
    const response = await book({ serviceId, start: slots[0], paymentMethod: TEST_CARD_DECLINED });
    expect(response.status).toBe(402);
    expect((await response.json()).error).toMatchObject({ code: "PAYMENT_FAILED", message: "Your card was declined." });
    expect(await db.booking.count({ where: { providerId: provider.id } })).toBe(0);
  });

  it("answers 202 for an authentication step; test-authenticate then confirm books it (200), for the payer only", async () => {
    const { provider, serviceId, slots, asCustomer, asProvider, asStranger } = await scenario();
    asCustomer();
    const started = await book({ serviceId, start: slots[0], paymentMethod: TEST_CARD_AUTHENTICATE });
    expect(started.status).toBe(202);
    const { payment } = await started.json();
    expect(payment).toMatchObject({ id: expect.any(String), status: "REQUIRES_ACTION", clientSecret: expect.any(String) });

    expect((await get(payment.id)).status).toBe(200);
    await asStranger();
    expect((await get(payment.id)).status).toBe(404);
    expect((await post(confirm, `/api/payments/${payment.id}/confirm`, payment.id)).status).toBe(404);
    asProvider();
    expect((await get(payment.id)).status).toBe(200);
    expect((await post(testAuthenticate, `/api/payments/${payment.id}/test-authenticate`, payment.id, { approve: true })).status).toBe(403);

    asCustomer();
    expect((await post(testAuthenticate, `/api/payments/${payment.id}/test-authenticate`, payment.id, { approve: "yes" })).status).toBe(422);
    expect((await post(testAuthenticate, `/api/payments/${payment.id}/test-authenticate`, payment.id, { approve: true })).status).toBe(200);
    const confirmed = await post(confirm, `/api/payments/${payment.id}/confirm`, payment.id);
    expect(confirmed.status).toBe(200);
    const booking = await confirmed.json();
    expect(booking).toMatchObject({ status: "CONFIRMED", payment: { id: payment.id, status: "AUTHORIZED" } });
    expect(await db.booking.count({ where: { providerId: provider.id } })).toBe(1);
  });

  it("lets only an admin refund, and only captured money", async () => {
    const { serviceId, slots, asCustomer } = await scenario();
    asCustomer();
    const booking = await (await book({ serviceId, start: slots[0], paymentMethod: TEST_CARD })).json();
    expect((await post(refund, `/api/payments/${booking.payment.id}/refund`, booking.payment.id, {})).status).toBe(403);
    mockActor = { userId: (await makeCustomer()).id, role: "ADMIN", isSuperAdmin: false, providerId: null };
    const notCaptured = await post(refund, `/api/payments/${booking.payment.id}/refund`, booking.payment.id, { amount: 100 });
    expect(notCaptured.status).toBe(409);
    expect((await post(refund, `/api/payments/${booking.payment.id}/refund`, booking.payment.id, { amount: -1 })).status).toBe(422);
  });
});
