import type { PaymentStatus } from "../../generated/prisma/enums";
import { nextStatus, type ProcessorFact } from "./payment-transitions";

const STATUSES: PaymentStatus[] = ["PENDING", "REQUIRES_ACTION", "CARD_SAVED", "AUTHORIZED", "CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED", "CANCELED", "FAILED"];
const FACTS: ProcessorFact[] = ["card_saved", "authorized", "failed", "canceled"];
const linkedOpen = { linked: true, open: true };

/** How far along a payment is; terminal outcomes sit past everything they can follow. */
const progress: Record<PaymentStatus, number> = {
  PENDING: 0,
  REQUIRES_ACTION: 1,
  CARD_SAVED: 2,
  AUTHORIZED: 3,
  CAPTURED: 4,
  PARTIALLY_REFUNDED: 5,
  REFUNDED: 6,
  CANCELED: 7,
  FAILED: 7,
};

describe("nextStatus", () => {
  it("moves a booking's payment forward through the processor's facts", () => {
    expect(nextStatus("REQUIRES_ACTION", "authorized", linkedOpen)).toBe("AUTHORIZED");
    expect(nextStatus("CARD_SAVED", "authorized", linkedOpen)).toBe("AUTHORIZED");
    expect(nextStatus("PENDING", "card_saved", linkedOpen)).toBe("CARD_SAVED");
    expect(nextStatus("REQUIRES_ACTION", "failed", linkedOpen)).toBe("FAILED");
    expect(nextStatus("AUTHORIZED", "canceled", linkedOpen)).toBe("CANCELED");
  });

  it("never moves a payment backwards (late or repeated facts change nothing)", () => {
    for (const current of STATUSES) {
      for (const fact of FACTS) {
        const next = nextStatus(current, fact, linkedOpen);
        if (next === null) continue;
        const reopened = current === "FAILED" && next === "AUTHORIZED";
        if (!reopened) expect([current, fact, progress[next] > progress[current]]).toEqual([current, fact, true]);
      }
    }
    expect(nextStatus("CAPTURED", "authorized", linkedOpen)).toBeNull();
    expect(nextStatus("CANCELED", "authorized", linkedOpen)).toBeNull();
    expect(nextStatus("AUTHORIZED", "failed", linkedOpen)).toBeNull();
    expect(nextStatus("CAPTURED", "canceled", linkedOpen)).toBeNull();
    expect(nextStatus("AUTHORIZED", "card_saved", linkedOpen)).toBeNull();
  });

  it("leaves a payment without its booking to the request's confirm step", () => {
    expect(nextStatus("REQUIRES_ACTION", "authorized", { linked: false, open: false })).toBeNull();
    expect(nextStatus("PENDING", "card_saved", { linked: false, open: false })).toBeNull();
    // A decline needs no booking to be true.
    expect(nextStatus("REQUIRES_ACTION", "failed", { linked: false, open: false })).toBe("FAILED");
  });

  it("reopens a failed off-session authorization only while its booking is open", () => {
    expect(nextStatus("FAILED", "authorized", { linked: true, open: true })).toBe("AUTHORIZED");
    expect(nextStatus("FAILED", "authorized", { linked: true, open: false })).toBeNull();
    expect(nextStatus("CARD_SAVED", "failed", linkedOpen)).toBeNull();
  });
});
