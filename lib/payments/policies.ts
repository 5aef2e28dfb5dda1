import type { Actor } from "../core/auth/actor";
import { AppError, notFound } from "../core/errors";

interface PaymentParties {
  customerId: string;
  provider: { userId: string };
}

/** Someone else's payment answers 404, exactly like a missing one. */
export function assertCanViewPayment(actor: Actor, payment: PaymentParties): void {
  if (actor.role === "ADMIN") return;
  if (payment.customerId !== actor.userId && payment.provider.userId !== actor.userId) throw notFound("Payment");
}

/** Only the paying customer finishes their own authorization. */
export function assertIsPayer(actor: Actor, payment: PaymentParties): void {
  if (payment.customerId === actor.userId) return;
  assertCanViewPayment(actor, payment);
  throw new AppError("FORBIDDEN", "Only the customer who is paying can do this");
}

/** Refunds after capture are Hearth support's decision (the policy already settled cancellations). */
export function assertCanRefund(actor: Actor, payment: PaymentParties): void {
  assertCanViewPayment(actor, payment);
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only Hearth support can refund a completed booking");
}

/** Paid bookings need a provider who can be paid (Connect onboarding finished). */
export function assertAcceptsPayments(provider: { payoutsEnabled: boolean; businessName: string }): void {
  if (!provider.payoutsEnabled) {
    throw new AppError("INVALID_STATE", `${provider.businessName} can't take bookings yet: their payout account isn't set up. Please try again later.`, {
      reason: "PROVIDER_NOT_ONBOARDED",
    });
  }
}
