import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { AppError, notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { TEST_MODE_PROCESSOR, paymentSelect, toPaymentDto } from "./dto";
import { assertIsPayer } from "./policies";
import { TestAuthenticationInput } from "./schemas";
import { completeTestAuthentication } from "./test-mode-processor";

/**
 * Test mode's stand-in for the bank's 3-D Secure page (card …3220): the customer approves or
 * fails the step, then confirms the payment like after Stripe.js. Refused for real payments.
 */
export async function testAuthenticatePayment({ actor, ...input }: TestAuthenticationInput & { actor: Actor }) {
  const { paymentId, approve } = parseInput(TestAuthenticationInput, input);
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    select: { status: true, processor: true, processorRef: true, setupIntentRef: true, customerId: true, provider: { select: { userId: true } } },
  });
  if (!payment) throw notFound("Payment");
  assertIsPayer(actor, payment);
  if (payment.processor !== TEST_MODE_PROCESSOR) throw new AppError("BAD_REQUEST", "Only test-mode payments have a test authentication step");
  if (payment.status !== "REQUIRES_ACTION") throw new AppError("INVALID_STATE", "This payment is not waiting for authentication", { currentStatus: payment.status });
  const ref = payment.processorRef ?? payment.setupIntentRef;
  if (!ref) throw new AppError("INVALID_STATE", "This payment has no authentication step");
  await completeTestAuthentication(ref, approve);
  return toPaymentDto(await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: paymentSelect }));
}
