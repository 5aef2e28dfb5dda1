import type { Actor } from "@/lib/core/auth/actor";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { POST as bookRoute } from "@/app/api/bookings/route";
import { POST as postBountyRoute } from "@/app/api/bounties/route";
import { POST as openConversationRoute } from "@/app/api/conversations/route";
import { POST as sendMessageRoute } from "@/app/api/conversations/[id]/messages/route";
import { requestBooking } from "@/lib/bookings/request-booking";
import { bountyInput, post as postBountyAs, poster } from "@/lib/bounties/test-helpers";
import { openInquiry } from "@/lib/messaging/open-inquiry";
import { sendMessage } from "@/lib/messaging/send-message";
import { makeInquiryPair } from "@/lib/messaging/testing/fixtures";
import { TEST_CARD } from "@/lib/payments/test-cards";
import { NOW, TUE10, customer, provider } from "@/lib/payments/test-support";
import { requestPayout } from "@/lib/payouts/request-payout";
import { providerWithActor } from "@/lib/payouts/test-fixtures";
import { FLAGS, type FlagKey } from "@/lib/flags/catalog";
import { withFlagOverrides } from "@/lib/flags/overrides";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

/**
 * Each kill switch makes its use cases answer 503 FEATURE_DISABLED (and their routes the error
 * shape) before anything is written. Switches are forced per test (withFlagOverrides), never in
 * the shared database, so test files running beside this one are unaffected.
 */
setupTestDatabase();

const origin = "http://localhost:3000";
const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const postJson = (path: string, body: unknown) =>
  new Request(`${origin}${path}`, { method: "POST", body: JSON.stringify(body), headers: { cookie: "next-auth.session-token=test", origin, "content-type": "application/json" } });

const off = <T>(flag: FlagKey, work: () => Promise<T>) => withFlagOverrides({ [flag]: false }, work);

async function expectPaused(flag: FlagKey, promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: "FEATURE_DISABLED", status: 503, message: FLAGS[flag].pausedMessage, details: { flag } });
}

async function expectPausedResponse(flag: FlagKey, response: Response) {
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ error: { code: "FEATURE_DISABLED", message: FLAGS[flag].pausedMessage, details: { flag } } });
}

describe("kill switches", () => {
  it("bookings.create: no new booking and no payment, from the use case or POST /api/bookings", async () => {
    const p = await provider();
    const c = await customer();
    const input = { serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD };
    await off("bookings.create", async () => {
      await expectPaused("bookings.create", requestBooking({ actor: c, ...input, now: NOW }));
      mockActor = c;
      await expectPausedResponse("bookings.create", await bookRoute(postJson("/api/bookings", input), ctx()));
    });
    expect(await db.payment.count({ where: { customerId: c.userId } })).toBe(0);
    // Switched on again (the default), the same request books.
    expect((await requestBooking({ actor: c, ...input, now: NOW })).booking).toMatchObject({ status: expect.any(String) });
  });

  it("bounties.create: no new bounty, from the use case or POST /api/bounties", async () => {
    const actor = await poster();
    await off("bounties.create", async () => {
      await expectPaused("bounties.create", postBountyAs(actor));
      mockActor = actor;
      await expectPausedResponse("bounties.create", await postBountyRoute(postJson("/api/bounties", bountyInput()), ctx()));
    });
    expect(await db.bounty.count({ where: { posterId: actor.userId } })).toBe(0);
    await postBountyAs(actor);
    expect(await db.bounty.count({ where: { posterId: actor.userId } })).toBe(1);
  });

  it("payouts: no payout requested (the dashboard's action returns the error)", async () => {
    const { provider: p, actor } = await providerWithActor({ payoutsEnabled: true });
    await off("payouts", () => expectPaused("payouts", requestPayout({ actor, currency: "USD" })));
    expect(await db.payout.count({ where: { providerId: p.id } })).toBe(0);
    // On, it gets past the switch to the balance check.
    await expect(requestPayout({ actor, currency: "USD" })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("messaging: no message sent and no conversation opened, from the use cases or their routes", async () => {
    const pair = await makeInquiryPair();
    await off("messaging", async () => {
      await expectPaused("messaging", sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "Hello there" }));
      await expectPaused("messaging", openInquiry({ actor: pair.customerActor, providerId: pair.provider.id }));
      mockActor = pair.customerActor;
      await expectPausedResponse("messaging", await sendMessageRoute(postJson(`/api/conversations/${pair.conversationId}/messages`, { body: "Hello" }), ctx({ id: pair.conversationId })));
      await expectPausedResponse("messaging", await openConversationRoute(postJson("/api/conversations", { providerId: pair.provider.id }), ctx()));
    });
    expect(await db.message.count({ where: { conversationId: pair.conversationId } })).toBe(0);
    await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "Hello there" });
    expect(await db.message.count({ where: { conversationId: pair.conversationId } })).toBe(1);
  });
});
