import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { paymentSelect, toPaymentDto } from "./dto";
import { assertCanViewPayment } from "./policies";
import { PaymentIdInput } from "./schemas";

/**
 * A payment for its customer, its provider or an admin (others: 404). The customer also gets the
 * client secret while an authentication step is pending, to finish it from the booking page.
 */
export async function getPayment({ actor, ...input }: { actor: Actor; paymentId: string }) {
  const { paymentId } = parseInput(PaymentIdInput, input);
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { ...paymentSelect, clientSecret: true } });
  if (!payment) throw notFound("Payment");
  assertCanViewPayment(actor, payment);
  const { clientSecret, ...row } = payment;
  const ownAction = payment.customerId === actor.userId && payment.status === "REQUIRES_ACTION";
  return { ...toPaymentDto(row), clientSecret: ownAction ? clientSecret : null };
}
