import type { Db } from "../../core/db";
import { bookingEmailSelect } from "../booking-email-data";
import { createNotification } from "../create-notification";
import { paymentDisputedEmail, paymentDisputedNotification } from "../templates/payment-disputed";
import type { Handler } from "../../events/handler";

/** The disputed payment's booking, or null (a bounty payment, or gone): then there is nothing to say. */
async function disputedBooking(db: Db, paymentId: string) {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { booking: { select: bookingEmailSelect } } });
  return payment?.booking ?? null;
}

export const emailProviderOnPaymentDisputed: Handler<"payment.disputed"> = async (event, ctx) => {
  const booking = await disputedBooking(ctx.db, event.payload.data.paymentId);
  if (!booking) return;
  await ctx.email.send({
    to: booking.provider.user.email,
    template: "payment-disputed-provider",
    dedupeKey: `payment.disputed:${event.payload.data.paymentId}:provider`,
    ...paymentDisputedEmail(booking),
  });
};

export const notifyProviderOnPaymentDisputed: Handler<"payment.disputed"> = async (event, ctx) => {
  const booking = await disputedBooking(ctx.db, event.payload.data.paymentId);
  if (!booking) return;
  await createNotification({
    userId: booking.provider.user.id,
    type: "payment.disputed",
    dedupeKey: `payment.disputed:${event.payload.data.paymentId}:provider`,
    ...paymentDisputedNotification(booking),
  });
};
