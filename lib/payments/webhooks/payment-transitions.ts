import type { PaymentStatus } from "../../generated/prisma/enums";

/**
 * What the processor says happened to a payment, and the one rule for applying it: a payment
 * only ever moves forward. Webhooks arrive late, twice and out of order, and race the
 * synchronous path; whichever fact arrives second finds the payment already there (or past it)
 * and changes nothing.
 */
export type ProcessorFact = "card_saved" | "authorized" | "failed" | "canceled";

const BEFORE_AUTHORIZATION: readonly PaymentStatus[] = ["PENDING", "REQUIRES_ACTION"];

/**
 * The status a fact moves the payment to, or null for "no change".
 *
 * `linked`: the payment has its booking (or bounty). A card saved or authorized for a booking
 * request that is not written yet is left to the request's own confirm step (or the sweeper),
 * which creates the booking — a webhook never creates one, so it must not make such a payment
 * look settled. `open`: that booking still wants the money (requested or confirmed).
 *
 * The one way out of FAILED: a far-off booking whose off-session authorization failed, and whose
 * customer then authenticated the same intent while the booking was still open.
 */
export function nextStatus(current: PaymentStatus, fact: ProcessorFact, { linked, open }: { linked: boolean; open: boolean }): PaymentStatus | null {
  switch (fact) {
    case "card_saved":
      return linked && BEFORE_AUTHORIZATION.includes(current) ? "CARD_SAVED" : null;
    case "authorized": {
      const waiting = BEFORE_AUTHORIZATION.includes(current) || current === "CARD_SAVED" || (current === "FAILED" && open);
      return linked && waiting ? "AUTHORIZED" : null;
    }
    case "failed":
      // A saved card's failed off-session attempt belongs to the scheduler's grace flow, not here.
      return BEFORE_AUTHORIZATION.includes(current) ? "FAILED" : null;
    case "canceled":
      return BEFORE_AUTHORIZATION.includes(current) || current === "AUTHORIZED" ? "CANCELED" : null;
  }
}
