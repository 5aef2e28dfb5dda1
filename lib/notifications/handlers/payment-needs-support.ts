import type { Db } from "../../core/db";
import { createNotification } from "../create-notification";
import { composeEmail } from "../templates/compose";
import { formatMoney } from "../templates/format";
import { absoluteUrl } from "../templates/links";
import type { Handler } from "../../events/handler";

/**
 * Payment facts only Hearth support can act on: a refund the processor could not complete, and a
 * chargeback the bank decided. Every active admin hears, once per event (the dedupe key names both).
 * A bounty's case is worked from the dispute queue; a booking's from its payment (support refunds again).
 */

const DISPUTES_PATH = "/admin/disputes";

async function context(db: Db, paymentId: string) {
  const [payment, admins] = await Promise.all([
    db.payment.findUnique({
      where: { id: paymentId },
      select: { id: true, bookingId: true, bountyId: true, bounty: { select: { title: true } }, booking: { select: { serviceName: true } }, customer: { select: { name: true, email: true } } },
    }),
    db.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { id: true, name: true, email: true } }),
  ]);
  if (!payment) return null;
  const what = payment.bounty ? `the bounty “${payment.bounty.title}”` : payment.booking ? `the booking “${payment.booking.serviceName}” (${payment.bookingId})` : `payment ${payment.id}`;
  return { payment, admins, what, path: payment.bountyId ? DISPUTES_PATH : null };
}

export const emailAdminsOnRefundFailed: Handler<"payment.refund_failed"> = async (event, ctx) => {
  const { paymentId, amount, currency, reason, refundRef } = event.payload.data;
  const c = await context(ctx.db, paymentId);
  if (!c) return;
  for (const admin of c.admins) {
    await ctx.email.send({
      to: admin.email,
      template: "payment-refund-failed-admin",
      dedupeKey: `payment.refund_failed:${event.id}:${admin.id}`,
      ...composeEmail({
        subject: `A refund failed: ${formatMoney(amount, currency)}`,
        heading: "A refund could not be completed",
        paragraphs: [
          `The card processor could not refund ${formatMoney(amount, currency)} to ${c.payment.customer.name} for ${c.what}. The money is back in Hearth's balance and nothing retries it by itself.`,
          c.payment.bountyId ? "Retry it from the dispute queue once the customer has a card that works, or settle it with them directly." : "Refund it again from the payment once the customer has a card that works, or settle it with them directly.",
        ],
        details: [
          ["Customer", `${c.payment.customer.name} <${c.payment.customer.email}>`],
          ["Payment", paymentId],
          ["Refund", refundRef],
          ["Reason", reason ?? "not given"],
        ],
        action: c.path ? { label: "Open the dispute queue", url: absoluteUrl(c.path) } : undefined,
      }),
    });
  }
};

export const notifyAdminsOnRefundFailed: Handler<"payment.refund_failed"> = async (event, ctx) => {
  const { paymentId, amount, currency, reason } = event.payload.data;
  const c = await context(ctx.db, paymentId);
  if (!c) return;
  for (const admin of c.admins) {
    await createNotification({
      userId: admin.id,
      type: "payment.refund_failed",
      dedupeKey: `payment.refund_failed:${event.id}:${admin.id}`,
      title: "A refund failed",
      body: `${formatMoney(amount, currency)} for ${c.what} could not go back to the card (${reason ?? "no reason given"}).`,
      link: c.path ?? undefined,
    });
  }
};

export const notifyAdminsOnDisputeClosed: Handler<"payment.dispute_closed"> = async (event, ctx) => {
  const { paymentId, outcome } = event.payload.data;
  const c = await context(ctx.db, paymentId);
  if (!c) return;
  const body =
    outcome === "lost"
      ? `The bank decided the chargeback on ${c.what} for the customer: the money went back to their card.`
      : outcome === "won"
        ? `The bank decided the chargeback on ${c.what} for Hearth.${c.payment.bountyId ? " The dispute can now be resolved." : ""}`
        : `The chargeback on ${c.what} closed (${outcome}).`;
  for (const admin of c.admins) {
    await createNotification({ userId: admin.id, type: "payment.dispute_closed", dedupeKey: `payment.dispute_closed:${event.id}:${admin.id}`, title: "Chargeback closed", body, link: c.path ?? undefined });
  }
};
