import { z } from "zod";

export const PaymentIdInput = z.object({ paymentId: z.string().min(1).max(64) });

export const TestAuthenticationInput = z.object({
  paymentId: z.string().min(1).max(64),
  approve: z.boolean(),
});
export type TestAuthenticationInput = z.input<typeof TestAuthenticationInput>;

/** An admin's refund of captured money; without an amount, everything not refunded yet. */
export const RefundPaymentInput = z.object({
  paymentId: z.string().min(1).max(64),
  amount: z.number().int("Whole minor units (cents)").positive("A refund must be more than zero").optional(),
});
export type RefundPaymentInput = z.input<typeof RefundPaymentInput>;

/** The card number a test-mode booking sends as its payment method (digits only, spaces allowed). */
export const paymentMethodField = z.string().trim().min(1, "Enter your card details").max(255);

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * The test-mode card form (the browser's side only: expiry and CVC are checked here and never
 * sent; test mode needs the number alone). Stripe Elements replaces this form with real keys.
 */
export function testCardSchema(now: () => Date = () => new Date()) {
  return z.object({
    cardNumber: z
      .string()
      .transform((v) => v.replace(/[\s-]/g, ""))
      .refine((v) => /^\d{12,19}$/.test(v) && luhnValid(v), "Enter a valid card number"),
    cardExpiry: z
      .string()
      .trim()
      .regex(/^(0[1-9]|1[0-2])\s*\/\s*(\d{2})$/, "Use MM/YY")
      .refine((v) => {
        const [month, year] = v.split("/").map((part) => Number(part.trim()));
        const today = now();
        const endOfMonth = Date.UTC(2000 + year, month, 1);
        return endOfMonth > today.getTime();
      }, "This card has expired"),
    cardCvc: z.string().trim().regex(/^\d{3,4}$/, "3 or 4 digits"),
  });
}
export type TestCardInput = z.input<ReturnType<typeof testCardSchema>>;
