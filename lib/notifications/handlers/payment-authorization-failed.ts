import type { Db } from "../../core/db";
import { bookingEmailSelect } from "../booking-email-data";
import { createNotification } from "../create-notification";
import { paymentAuthorizationFailedEmail, paymentAuthorizationFailedNotification } from "../templates/payment-authorization-failed";
import type { Audience } from "../templates/links";
import type { Handler, HandlerContext } from "../../events/handler";
import type { StoredEvent } from "../../events/types";

type Failed = StoredEvent<"payment.authorization_failed">;

// Both parties get one email and one in-app notification per failed attempt (the key carries the event id).
const dedupeKey = (event: Failed, audience: Audience) => `payment.authorization_failed:${event.payload.data.paymentId}:${audience}:${event.id}`;

async function load(db: Db, event: Failed) {
  const payment = await db.payment.findUnique({
    where: { id: event.payload.data.paymentId },
    select: { status: true, failureMessage: true, booking: { select: bookingEmailSelect } },
  });
  if (!payment?.booking) return null;
  const facts = {
    graceEndsAt: new Date(event.payload.data.graceEndsAt),
    needsAuthentication: payment.status === "REQUIRES_ACTION",
    reason: payment.failureMessage,
  };
  return { booking: payment.booking, facts };
}

async function emailParty(event: Failed, ctx: HandlerContext, audience: Audience) {
  const loaded = await load(ctx.db, event);
  if (!loaded) return;
  const { booking, facts } = loaded;
  await ctx.email.send({
    to: audience === "customer" ? booking.customer.email : booking.provider.user.email,
    template: `payment-authorization-failed-${audience}`,
    dedupeKey: dedupeKey(event, audience),
    ...paymentAuthorizationFailedEmail(booking, audience, facts),
  });
}

async function notifyParty(event: Failed, ctx: HandlerContext, audience: Audience) {
  const loaded = await load(ctx.db, event);
  if (!loaded) return;
  const { booking, facts } = loaded;
  await createNotification({
    userId: audience === "customer" ? booking.customer.id : booking.provider.user.id,
    type: "payment.authorization_failed",
    dedupeKey: dedupeKey(event, audience),
    ...paymentAuthorizationFailedNotification(booking, audience, facts),
  });
}

export const emailCustomerOnAuthorizationFailed: Handler<"payment.authorization_failed"> = (event, ctx) => emailParty(event, ctx, "customer");
export const emailProviderOnAuthorizationFailed: Handler<"payment.authorization_failed"> = (event, ctx) => emailParty(event, ctx, "provider");
export const notifyCustomerOnAuthorizationFailed: Handler<"payment.authorization_failed"> = (event, ctx) => notifyParty(event, ctx, "customer");
export const notifyProviderOnAuthorizationFailed: Handler<"payment.authorization_failed"> = (event, ctx) => notifyParty(event, ctx, "provider");
