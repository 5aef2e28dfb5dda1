import type { Prisma, Tx } from "../../core/db";

export const lockedPaymentSelect = {
  id: true,
  bookingId: true,
  bountyId: true,
  customerId: true,
  providerId: true,
  amount: true,
  currency: true,
  status: true,
  processorRef: true,
  setupIntentRef: true,
  paymentMethodRef: true,
  capturedAmount: true,
  refundedAmount: true,
  platformFeeAmount: true,
  booking: { select: { status: true } },
} satisfies Prisma.PaymentSelect;

export type LockedPayment = Prisma.PaymentGetPayload<{ select: typeof lockedPaymentSelect }>;

/** What nextStatus needs to know about the payment's booking (or bounty). */
export function linkOf(payment: LockedPayment): { linked: boolean; open: boolean } {
  if (payment.bountyId) return { linked: true, open: true };
  const status = payment.booking?.status;
  return { linked: Boolean(payment.bookingId), open: status === "REQUESTED" || status === "CONFIRMED" };
}

export interface PaymentRefs {
  /** PaymentIntent id (Payment.processorRef). */
  intentId?: string | null;
  /** SetupIntent id (Payment.setupIntentRef). */
  setupIntentId?: string | null;
  /** Hearth's id, from the intent's metadata: the fallback before our side stored the ref. */
  paymentId?: string | null;
}

/**
 * Finds the payment a processor object belongs to and locks its row until the transaction ends,
 * so a webhook and the synchronous path (or two webhooks) apply their facts one after the other
 * and the second sees the first's result. The metadata fallback only matches a payment that has
 * no ref of that kind yet, so an intent from an abandoned attempt never moves a newer one.
 */
export async function lockPaymentFor(tx: Tx, refs: PaymentRefs): Promise<LockedPayment | null> {
  const id = await findPaymentId(tx, refs);
  if (!id) return null;
  await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${id} FOR UPDATE`;
  return tx.payment.findUnique({ where: { id }, select: lockedPaymentSelect });
}

/** The payment's id and what it pays for, without locking: for effects that must lock something else first. */
export async function findPaymentFor(tx: Tx, refs: PaymentRefs): Promise<{ id: string; bountyId: string | null } | null> {
  const id = await findPaymentId(tx, refs);
  return id ? tx.payment.findUnique({ where: { id }, select: { id: true, bountyId: true } }) : null;
}

async function findPaymentId(tx: Tx, { intentId, setupIntentId, paymentId }: PaymentRefs): Promise<string | null> {
  if (intentId) {
    const byRef = await tx.payment.findUnique({ where: { processorRef: intentId }, select: { id: true } });
    if (byRef) return byRef.id;
  }
  if (setupIntentId) {
    const byRef = await tx.payment.findUnique({ where: { setupIntentRef: setupIntentId }, select: { id: true } });
    if (byRef) return byRef.id;
  }
  if (!paymentId) return null;
  const unclaimed = intentId ? { processorRef: null } : setupIntentId ? { setupIntentRef: null } : {};
  const byMetadata = await tx.payment.findFirst({ where: { id: paymentId, ...unclaimed }, select: { id: true } });
  return byMetadata?.id ?? null;
}
