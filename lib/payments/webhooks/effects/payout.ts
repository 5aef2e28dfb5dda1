import type Stripe from "stripe";
import type { Tx } from "../../../core/db";
import { logger } from "../../../core/logger";
import { recordEvent } from "../../../events/record-event";
import { payout as payoutLines } from "../../../ledger/movements";
import { postLedgerTransaction } from "../../../ledger/post-ledger-transaction";

/**
 * payout.paid / payout.failed, from the connected account's endpoint (`event.account` is the
 * provider's acct_…): the bank transfer of a payout Hearth recorded (lib/payouts/request-payout.ts)
 * reached the provider's bank, or came back. Found, under the provider row's lock (the lock
 * requestPayout takes), by the processor's payout id; else by `metadata.payoutId`; else as the
 * provider's oldest pending payout of exactly that amount and currency not yet tied to another.
 * A payout Hearth has no record of (Stripe's automatic schedule pays the connected account's whole
 * balance) is acknowledged and left alone: Hearth's payout records follow its ledger, not Stripe's.
 *
 * paid: pending → paid. failed: pending or paid → failed (a bank can return a payout days after it
 * was paid), and the ledger's payout movement is reversed (`payout_failed:<payoutId>`), so the
 * amount is available again and the provider is told (payout.failed). Monotonic: failed is final.
 */
export async function onPayout(tx: Tx, payout: Stripe.Payout, accountId: string | null | undefined, outcome: "paid" | "failed", at: Date): Promise<void> {
  if (!accountId) return; // The platform's own payout, not a provider's.
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ProviderProfile" WHERE "stripeAccountId" = ${accountId} FOR UPDATE`;
  if (rows.length === 0) return;
  const providerId = rows[0].id;
  const record = await findPayout(tx, providerId, payout);
  if (!record) {
    logger.info({ payoutRef: payout.id, providerId, amount: payout.amount }, "a processor payout Hearth has no record of; nothing to update");
    return;
  }
  if (record.status === "failed" || (outcome === "paid" && record.status === "paid")) return;

  if (outcome === "paid") {
    await tx.payout.update({ where: { id: record.id }, data: { status: "paid", paidAt: at, processorRef: payout.id } });
    await recordEvent(tx, { type: "payout.paid", actorId: null, entity: { type: "Payout", id: record.id }, data: { payoutId: record.id, providerId } });
    return;
  }
  await tx.payout.update({
    where: { id: record.id },
    data: { status: "failed", failedAt: at, processorRef: payout.id, failureCode: payout.failure_code ?? null, failureMessage: payout.failure_message ?? null },
  });
  // The money did not leave: the provider's balance owes it again.
  const reversed = payoutLines({ amount: record.amount, currency: record.currency, providerId }).map((line) => ({ ...line, amount: -line.amount }));
  await postLedgerTransaction(tx, { key: `payout_failed:${record.id}`, kind: "payout_reversal", description: `Payout ${record.id} failed at the bank`, lines: reversed });
  await recordEvent(tx, {
    type: "payout.failed",
    actorId: null,
    entity: { type: "Payout", id: record.id },
    data: { payoutId: record.id, providerId, amount: record.amount, currency: record.currency, failureCode: payout.failure_code ?? null },
  });
}

const payoutSelect = { id: true, status: true, amount: true, currency: true } as const;

async function findPayout(tx: Tx, providerId: string, payout: Stripe.Payout) {
  const byRef = await tx.payout.findFirst({ where: { processorRef: payout.id, providerId }, select: payoutSelect });
  if (byRef) return byRef;
  const hearthId = payout.metadata?.payoutId;
  if (hearthId) {
    const byMetadata = await tx.payout.findFirst({ where: { id: hearthId, providerId, processorRef: null }, select: payoutSelect });
    if (byMetadata) return byMetadata;
  }
  return tx.payout.findFirst({
    where: { providerId, processorRef: null, status: "pending", amount: payout.amount, currency: payout.currency.toUpperCase() },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: payoutSelect,
  });
}
