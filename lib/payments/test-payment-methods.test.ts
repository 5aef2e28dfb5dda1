import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import { requestBooking } from "../bookings/request-booking";
import { testModeProcessor } from "./test-mode-processor";
import { TEST_CARDS, TEST_PAYMENT_METHODS, normalizeCardNumber, testCardOutcome } from "./test-cards";
import { NOW, TUE10, customer, expectAppError, intentOf, provider } from "./test-support";

setupTestDatabase();

describe("Stripe's test PaymentMethod ids in test mode", () => {
  it("maps every id to a documented test card with the same outcome", () => {
    for (const [id, number] of Object.entries(TEST_PAYMENT_METHODS)) {
      expect(TEST_CARDS).toHaveProperty(number);
      expect(normalizeCardNumber(id)).toBe(number);
      expect(testCardOutcome(id)).toEqual(testCardOutcome(number));
    }
    expect(testCardOutcome("pm_card_visa")).toEqual({ outcome: "succeeds" });
    expect(testCardOutcome("pm_card_mastercard")).toEqual({ outcome: "succeeds" });
    expect(testCardOutcome("pm_card_chargeDeclined")).toMatchObject({ outcome: "declined", code: "card_declined" });
    expect(testCardOutcome("pm_card_chargeDeclinedInsufficientFunds")).toMatchObject({ outcome: "declined", code: "insufficient_funds" });
    expect(testCardOutcome("pm_card_authenticationRequired")).toEqual({ outcome: "authenticate" });
  });

  it("declines an unknown pm_ id and inherited property names like an unknown card", () => {
    expect(testCardOutcome("pm_card_nonsense")).toMatchObject({ outcome: "declined", code: "card_declined" });
    expect(testCardOutcome("constructor")).toMatchObject({ outcome: "declined" });
    expect(normalizeCardNumber("toString")).toBe("toString");
  });

  it("still accepts card numbers with spaces and dashes", () => {
    expect(normalizeCardNumber(" 4242 4242-4242 4242 ")).toBe("4242424242424242");
    expect(testCardOutcome("4242 4242 4242 4242")).toEqual({ outcome: "succeeds" });
  });

  it("authorizes, declines and asks for authentication through the processor like the matching cards", async () => {
    const base = { amount: 1_000, currency: "USD", metadata: {} };
    const visa = await testModeProcessor.authorize({ ...base, paymentMethod: "pm_card_visa", idempotencyKey: "pm-visa" } as never);
    expect(visa.status).toBe("authorized");
    expect((await intentOf(visa.ref)).cardLast4).toBe("4242");
    const declined = await testModeProcessor.authorize({ ...base, paymentMethod: "pm_card_chargeDeclinedInsufficientFunds", idempotencyKey: "pm-nsf" } as never);
    expect(declined).toMatchObject({ status: "failed", failureCode: "insufficient_funds" });
    // The stored intent is read back with the same failure (found again from its last four digits).
    expect(await testModeProcessor.retrieveAuthorization(declined.ref)).toMatchObject({ status: "failed", failureCode: "insufficient_funds" });
    const sca = await testModeProcessor.authorize({ ...base, paymentMethod: "pm_card_authenticationRequired", idempotencyKey: "pm-sca" } as never);
    expect(sca).toMatchObject({ status: "requires_action", clientSecret: expect.any(String) });
  });

  it("books with pm_card_visa and refuses pm_card_chargeDeclined with 402, as with the card numbers", async () => {
    const p = await provider({ bookingMode: "REQUEST" });
    const c = await customer();
    const { booking, payment } = await requestBooking({ actor: c, serviceId: p.services[0].id, start: TUE10, paymentMethod: "pm_card_visa", now: NOW });
    expect(booking).toMatchObject({ status: "REQUESTED", payment: { status: "AUTHORIZED" } });
    expect(payment.status).toBe("AUTHORIZED");

    const q = await provider({ bookingMode: "REQUEST" });
    const error = await expectAppError(requestBooking({ actor: c, serviceId: q.services[0].id, start: TUE10, paymentMethod: "pm_card_chargeDeclined", now: NOW }), "PAYMENT_FAILED");
    expect(error.message).toBe("Your card was declined.");
    expect(await db.booking.count({ where: { serviceId: q.services[0].id } })).toBe(0);
  });
});
