import { createNotification } from "../create-notification";
import { composeEmail } from "../templates/compose";
import { formatMoney } from "../templates/format";
import { absoluteUrl } from "../templates/links";
import type { Handler } from "../../events/handler";

/** A payout the provider's bank returned: the amount is back in their available balance. */

const PAYOUTS_PATH = "/dashboard/payouts";

async function providerOf(db: Parameters<Handler<"payout.failed">>[1]["db"], providerId: string) {
  return db.providerProfile.findUnique({ where: { id: providerId }, select: { user: { select: { id: true, name: true, email: true } } } });
}

const explain = (amount: number, currency: string) =>
  `Your bank returned the payout of ${formatMoney(amount, currency)}. The money is back in your available balance: check your bank details in your payout account, then request the payout again.`;

export const emailProviderOnPayoutFailed: Handler<"payout.failed"> = async (event, ctx) => {
  const { providerId, amount, currency, payoutId } = event.payload.data;
  const provider = await providerOf(ctx.db, providerId);
  if (!provider) return;
  await ctx.email.send({
    to: provider.user.email,
    template: "payout-failed",
    dedupeKey: `payout.failed:${payoutId}:provider`,
    ...composeEmail({
      subject: "Your payout was returned",
      heading: "Your payout was returned",
      paragraphs: [`Hi ${provider.user.name},`, explain(amount, currency)],
      action: { label: "Open payouts", url: absoluteUrl(PAYOUTS_PATH) },
    }),
  });
};

export const notifyProviderOnPayoutFailed: Handler<"payout.failed"> = async (event, ctx) => {
  const { providerId, amount, currency, payoutId } = event.payload.data;
  const provider = await providerOf(ctx.db, providerId);
  if (!provider) return;
  await createNotification({
    userId: provider.user.id,
    type: "payout.failed",
    dedupeKey: `payout.failed:${payoutId}:provider`,
    title: "Payout returned",
    body: explain(amount, currency),
    link: PAYOUTS_PATH,
  });
};
