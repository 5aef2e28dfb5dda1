import type Stripe from "stripe";
import type { Tx } from "../../../core/db";
import { dispatchInTransaction } from "../../../events/in-transaction";
import type { AccountStatus } from "../../account-status";
import { linkOf, lockPaymentFor } from "../lock-payment";
import { nextStatus } from "../payment-transitions";

/**
 * account.updated: an account's status is not monotonic (payouts can be disabled again), so the
 * event's snapshot is not trusted for ordering; `current` is the account as Stripe reports it now,
 * fetched before the transaction. Late or repeated events then all write the same truth, and
 * payouts (connected_account.updated, in this transaction: lib/payouts/apply-account-status.ts) records provider.payouts_enabled only on the false → true flip.
 */
export async function onAccountUpdated(tx: Tx, account: Stripe.Account, current: AccountStatus | undefined): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ProviderProfile" WHERE "stripeAccountId" = ${account.id} FOR UPDATE`;
  if (rows.length === 0) return;
  if (!current) throw new Error(`The state of ${account.id} was not fetched; the redelivery will`);
  const provider = await tx.providerProfile.findUniqueOrThrow({ where: { id: rows[0].id }, select: { id: true, detailsSubmitted: true, payoutsEnabled: true } });
  await dispatchInTransaction(tx, {
    type: "connected_account.updated",
    data: { providerId: provider.id, previous: { detailsSubmitted: provider.detailsSubmitted, payoutsEnabled: provider.payoutsEnabled }, next: current },
  });
}

/**
 * setup_intent.succeeded: the card for a far-off booking is saved. The saved card is stored
 * wherever it is missing; the status moves to CARD_SAVED only for a payment that has its booking
 * (see nextStatus) and never back from AUTHORIZED or later.
 */
export async function onSetupIntentSucceeded(tx: Tx, intent: Stripe.SetupIntent): Promise<void> {
  const payment = await lockPaymentFor(tx, { setupIntentId: intent.id, paymentId: intent.metadata?.paymentId });
  if (!payment) return;
  const paymentMethod = typeof intent.payment_method === "string" ? intent.payment_method : intent.payment_method?.id;
  const status = nextStatus(payment.status, "card_saved", linkOf(payment));
  const data = {
    ...(payment.setupIntentRef ? {} : { setupIntentRef: intent.id }),
    ...(payment.paymentMethodRef || !paymentMethod ? {} : { paymentMethodRef: paymentMethod }),
    ...(status ? { status, failureCode: null, failureMessage: null } : {}),
  };
  if (Object.keys(data).length > 0) await tx.payment.update({ where: { id: payment.id }, data });
}
