import type { Prisma } from "../core/db";

/** Payment.processor of the built-in test-mode processor: its money is pretend money. */
export const TEST_MODE_PROCESSOR = "test-mode";
const isTestMode = (processor: string) => processor === TEST_MODE_PROCESSOR;

/** What callers may see of a payment: amounts and state, never processor ids or card data. */
export const paymentSelect = {
  id: true,
  bookingId: true,
  customerId: true,
  status: true,
  amount: true,
  currency: true,
  capturedAmount: true,
  refundedAmount: true,
  processor: true,
  authorizedAt: true,
  capturedAt: true,
  failureCode: true,
  failureMessage: true,
  createdAt: true,
  provider: { select: { userId: true } },
} satisfies Prisma.PaymentSelect;

export type PaymentRow = Prisma.PaymentGetPayload<{ select: typeof paymentSelect }>;

export function toPaymentDto(row: PaymentRow) {
  return {
    id: row.id,
    bookingId: row.bookingId,
    status: row.status,
    amount: row.amount,
    currency: row.currency,
    capturedAmount: row.capturedAmount,
    refundedAmount: row.refundedAmount,
    testMode: isTestMode(row.processor),
    authorizedAt: row.authorizedAt?.toISOString() ?? null,
    capturedAt: row.capturedAt?.toISOString() ?? null,
    failure: row.failureMessage ? { code: row.failureCode, message: row.failureMessage } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export type PaymentDto = ReturnType<typeof toPaymentDto>;

/** The payment line of a booking DTO (seen by both parties). */
export const bookingPaymentSelect = {
  id: true,
  status: true,
  amount: true,
  currency: true,
  capturedAmount: true,
  refundedAmount: true,
  processor: true,
} satisfies Prisma.PaymentSelect;

export type BookingPaymentRow = Prisma.PaymentGetPayload<{ select: typeof bookingPaymentSelect }>;

export function toBookingPaymentDto(row: BookingPaymentRow | null) {
  if (!row) return null;
  const { processor, ...rest } = row;
  return { ...rest, testMode: isTestMode(processor) };
}

export type BookingPaymentDto = NonNullable<ReturnType<typeof toBookingPaymentDto>>;

/** A reschedule fee's charge on a booking (seen by both parties). */
export const rescheduleFeePaymentSelect = {
  id: true,
  rescheduleNumber: true,
  status: true,
  amount: true,
  currency: true,
  capturedAmount: true,
  refundedAmount: true,
  capturedAt: true,
  processor: true,
} satisfies Prisma.PaymentSelect;

export type RescheduleFeePaymentRow = Prisma.PaymentGetPayload<{ select: typeof rescheduleFeePaymentSelect }>;

export function toRescheduleFeeDto(row: RescheduleFeePaymentRow) {
  const { processor, capturedAt, rescheduleNumber, ...rest } = row;
  return { ...rest, rescheduleNumber: rescheduleNumber ?? 0, capturedAt: capturedAt?.toISOString() ?? null, testMode: isTestMode(processor) };
}

export type RescheduleFeeDto = ReturnType<typeof toRescheduleFeeDto>;
