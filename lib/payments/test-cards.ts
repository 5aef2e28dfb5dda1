/** The documented test cards of the test-mode processor (the same numbers Stripe uses in test mode). */
export const TEST_CARDS = {
  "4242424242424242": { outcome: "succeeds" },
  "4000000000000002": { outcome: "declined", code: "card_declined", message: "Your card was declined." },
  "4000000000009995": { outcome: "declined", code: "insufficient_funds", message: "Your card has insufficient funds." },
  "4000000000003220": { outcome: "authenticate" },
  "5555555555554444": { outcome: "succeeds" },
  "4000002760003184": { outcome: "authenticate" },
  "4000000000009987": { outcome: "declined", code: "lost_card", message: "Your card was declined." },
  "4000000000009979": { outcome: "declined", code: "stolen_card", message: "Your card was declined." },
  "4000000000000069": { outcome: "declined", code: "expired_card", message: "Your card has expired." },
  "4000000000000127": { outcome: "declined", code: "incorrect_cvc", message: "Your card's security code is incorrect." },
} as const;

/**
 * Stripe's test-mode PaymentMethod ids (what Stripe.js or an API client sends instead of a number),
 * each with the test card that has the same outcome here. So a client written against Stripe's test
 * mode works unchanged against the embedded processor.
 */
export const TEST_PAYMENT_METHODS: Record<string, keyof typeof TEST_CARDS> = {
  pm_card_visa: "4242424242424242",
  pm_card_mastercard: "5555555555554444",
  pm_card_chargeDeclined: "4000000000000002",
  pm_card_chargeDeclinedInsufficientFunds: "4000000000009995",
  pm_card_chargeDeclinedLostCard: "4000000000009987",
  pm_card_chargeDeclinedStolenCard: "4000000000009979",
  pm_card_chargeDeclinedExpiredCard: "4000000000000069",
  pm_card_chargeDeclinedIncorrectCvc: "4000000000000127",
  pm_card_authenticationRequired: "4000002760003184",
  pm_card_threeDSecure2Required: "4000000000003220",
};

export type TestCardOutcome =
  | { outcome: "succeeds" }
  | { outcome: "authenticate" }
  | { outcome: "declined"; code: string; message: string };

/** A card number without spaces or dashes; a known test PaymentMethod id becomes its card's number. */
export function normalizeCardNumber(input: string): string {
  const trimmed = input.trim();
  if (Object.hasOwn(TEST_PAYMENT_METHODS, trimmed)) return TEST_PAYMENT_METHODS[trimmed]!;
  return trimmed.replace(/[\s-]/g, "");
}

/** Luhn-valid numbers that are not on the list are declined, as a real test environment would. */
export function testCardOutcome(cardNumber: string): TestCardOutcome {
  const number = normalizeCardNumber(cardNumber);
  if (Object.hasOwn(TEST_CARDS, number)) return (TEST_CARDS as Record<string, TestCardOutcome>)[number]!;
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
