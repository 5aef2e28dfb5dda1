import { db } from "../core/db";
import { bookingSelect, toBookingDto, type BookingDto } from "./dto";
import { paymentSelect, toPaymentDto, type PaymentDto } from "../payments/dto";

/**
 * What a paid booking request answers: the booking (201), or the payment waiting for the
 * customer's authentication step, with what the browser needs to finish it (202).
 */
export type BookingPaymentResult =
  | { booking: BookingDto; payment: PaymentDto }
  | { booking: null; payment: PaymentDto & { clientSecret: string | null } };

export async function loadBookingPaymentResult(paymentId: string): Promise<BookingPaymentResult> {
  const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { ...paymentSelect, clientSecret: true } });
  if (payment.bookingId) {
    const booking = await db.booking.findUniqueOrThrow({ where: { id: payment.bookingId }, select: bookingSelect });
    return { booking: toBookingDto(booking), payment: toPaymentDto(payment) };
  }
  return { booking: null, payment: { ...toPaymentDto(payment), clientSecret: payment.clientSecret } };
}
