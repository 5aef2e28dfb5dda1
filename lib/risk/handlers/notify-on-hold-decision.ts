import type { Handler } from "../../events/handler";
import { createNotification } from "../../notifications/create-notification";
import { formatMoney } from "../../notifications/templates/format";

const PAYOUTS_PATH = "/dashboard/payouts";

/*
 * The provider hears how support decided their held payout. A held bounty's poster hears it from
 * the bounty's own events instead (bounty.posted: "your bounty is live"; bounty.cancelled, with the
 * reason), so these skip bounties.
 */

async function heldPayout(ctx: Parameters<Handler<"risk.hold_approved">>[1], payoutId: string) {
  return ctx.db.payout.findUnique({ where: { id: payoutId }, select: { amount: true, currency: true } });
}

export const notifyProviderOnHoldApproved: Handler<"risk.hold_approved"> = async (event, ctx) => {
  const { subjectKind, subjectId, userId } = event.payload.data;
  if (subjectKind !== "PAYOUT") return;
  const payout = await heldPayout(ctx, subjectId);
  if (!payout) return;
  await createNotification({
    userId,
    type: "payout.hold_approved",
    dedupeKey: `risk.hold_approved:${event.payload.data.assessmentId}`,
    title: "Payout approved",
    body: `Your payout of ${formatMoney(payout.amount, payout.currency)} was checked by Hearth support and is on its way.`,
    link: PAYOUTS_PATH,
  });
};

export const notifyProviderOnHoldRejected: Handler<"risk.hold_rejected"> = async (event, ctx) => {
  const { subjectKind, subjectId, userId, note } = event.payload.data;
  if (subjectKind !== "PAYOUT") return;
  const payout = await heldPayout(ctx, subjectId);
  if (!payout) return;
  await createNotification({
    userId,
    type: "payout.hold_rejected",
    dedupeKey: `risk.hold_rejected:${event.payload.data.assessmentId}`,
    title: "Payout not made",
    body: `Hearth support did not approve your payout of ${formatMoney(payout.amount, payout.currency)}: “${note.slice(0, 300)}”. The money is back in your available balance; contact support if you have questions.`,
    link: PAYOUTS_PATH,
  });
};
