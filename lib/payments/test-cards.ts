/** The documented test cards of the test-mode processor (the same numbers Stripe uses in test mode). */
export const TEST_CARDS = {
  "4242424242424242": { outcome: "succeeds" },
  "4000000000000002": { outcome: "declined", code: "card_declined", message: "Your card was declined." },
  "4000000000009995": { outcome: "declined", code: "insufficient_funds", message: "Your card has insufficient funds." },
  "4000000000003220": { outcome: "authenticate" },
} as const;

export type TestCardOutcome =
  | { outcome: "succeeds" }
  | { outcome: "authenticate" }
  | { outcome: "declined"; code: string; message: string };

export function normalizeCardNumber(input: string): string {
  return input.replace(/[\s-]/g, "");
}

/** Luhn-valid numbers that are not on the list are declined, as a real test environment would. */
export function testCardOutcome(cardNumber: string): TestCardOutcome {
  const number = normalizeCardNumber(cardNumber);
  const known = (TEST_CARDS as Record<string, TestCardOutcome>)[number];
  if (known) return known;
  return { outcome: "declined", code: "card_declined", message: "Use one of the documented test cards in test mode." };
}

/**
 * Test mode keeps only a card's last four digits; the documented cards all differ there, so a
 * saved test card is found again from them (what Stripe's saved PaymentMethod id does for real).
 */
export function testCardByLast4(last4: string): string | undefined {
  return Object.keys(TEST_CARDS).find((number) => number.endsWith(last4));
}

/** The documented cards by outcome, for tests and the card form's hint. */
export const TEST_CARD = "4242424242424242";
export const TEST_CARD_DECLINED = "4000000000000002";
export const TEST_CARD_INSUFFICIENT_FUNDS = "4000000000009995";
export const TEST_CARD_AUTHENTICATE = "4000000000003220";
