import { createHmac } from "node:crypto";
import { db, type Db, type Tx } from "../core/db";
import { authSecret, env } from "../core/env";
import { AppError } from "../core/errors";
import { recordEvent } from "../events/record-event";
import { ledgerAccounts } from "../ledger/accounts";
import { platformFee, releaseHeld } from "../ledger/movements";
import { postLedgerTransaction } from "../ledger/post-ledger-transaction";
import { getPaymentProcessor } from "../payments/get-payment-processor";

/**
 * The bounty escrow, on the payments machinery (docs/bounties.md, "Money").
 *
 * - Fund (accept): the card is authorized before the accept's transaction, which records the
 *   Payment AUTHORIZED; right after the commit it is captured and the ledger holds it
 *   (captureHeld, key escrow:<paymentId>). A declined card answers 402 before anything is written.
 * - Release (approve, automatic release, dispute): the ledger inside the transition's transaction
 *   (releaseHeld, key release:<paymentId>): exactly once by the bounty's row lock and the key. After
 *   the commit the provider's share (released minus the fee) is transferred from the escrow's
 *   charge to their connected account (processor.transfer, escrow-settlement.ts); retried by the
 *   scheduler. The escrow is charged on the platform: separate charges and transfers.
 * - Refund (cancellation, dispute): after the transition commits, whatever is still held goes back
 *   through processor.refund and refundHeld (escrow-settlement.ts); retried by the scheduler.
 * - A card chargeback freezes all of it (lib/payments/webhooks/effects/bounty-chargeback.ts).
 *
 * Every processor call carries a key derived from Hearth's ids; every posting a ledger key.
 */

export const escrowPaymentId = (bountyId: string) => `bpay_${bountyId}`;

export const escrowKeys = {
  /** One authorization per (offer, amount, card): a retried accept replays it, another card is a new attempt. */
  authorize: (bountyId: string, attempt: string) => `bounty:${bountyId}:fund:${attempt}`,
  capture: (bountyId: string) => `bounty:${bountyId}:fund:capture`,
  void: (bountyId: string) => `bounty:${bountyId}:fund:cancel`,
  refund: (bountyId: string, n: number) => `bounty:${bountyId}:refund:${n}`,
  /** One transfer per bounty: the release happens once, so does the provider's transfer. */
  transfer: (bountyId: string) => `bounty:${bountyId}:transfer`,
};

/** Stripe's transfer_group of the escrow's charge and its transfer. */
export const escrowTransferGroup = (bountyId: string) => `bounty_${bountyId}`;

export const escrowLedgerKeys = {
  hold: (paymentId: string) => `escrow:${paymentId}`,
  release: (paymentId: string) => `release:${paymentId}`,
  /** The processor's refund id, the key the charge.refunded webhook uses too: whichever records first wins. */
  refund: (paymentId: string, refundRef: string) => `refund:${paymentId}:${refundRef}`,
};

/** Never the card itself: an HMAC, so the key reveals nothing. */
function attemptOf(parts: { offerId: string; amount: number; currency: string; paymentMethod: string }): string {
  const text = JSON.stringify([parts.offerId, parts.amount, parts.currency, parts.paymentMethod.replace(/[\s-]/g, "")]);
  return createHmac("sha256", authSecret).update(`bounty-fund:${text}`).digest("hex").slice(0, 24);
}

/**
 * Authorizes the escrow amount on the poster's card, outside any transaction (no row lock waits on
 * the processor). Declined → 402 PAYMENT_FAILED. A card that wants an authentication step is
 * released and refused too: accepting an offer has no second step to finish it in.
 */
export async function authorizeEscrow(options: { bountyId: string; offerId: string; posterId: string; amount: number; currency: string; paymentMethod: string }) {
  const processor = getPaymentProcessor();
  const poster = await db.user.findUniqueOrThrow({ where: { id: options.posterId }, select: { stripeCustomerId: true } });
  const idempotencyKey = escrowKeys.authorize(options.bountyId, attemptOf(options));
  const result = await processor.authorize({
    amount: options.amount,
    currency: options.currency,
    paymentMethod: options.paymentMethod,
    customerRef: poster.stripeCustomerId ?? undefined,
    description: `Hearth bounty ${options.bountyId}`,
    metadata: { paymentId: escrowPaymentId(options.bountyId), bountyId: options.bountyId, offerId: options.offerId },
    transferGroup: escrowTransferGroup(options.bountyId),
    idempotencyKey,
  });
  if (result.status === "failed") {
    throw new AppError("PAYMENT_FAILED", result.failureMessage ?? "Your card was declined.", { code: result.failureCode ?? "card_declined" });
  }
  if (result.status === "requires_action") {
    await processor.cancelAuthorization({ ref: result.ref, idempotencyKey: `${idempotencyKey}:cancel` });
    throw new AppError("PAYMENT_FAILED", "This card needs an extra authentication step, which accepting an offer cannot do. Please use another card.", {
      code: "authentication_required",
    });
  }
  return { ref: result.ref, processor: processor.name, idempotencyKey };
}

/**
 * An authorization whose accept did not commit (the bounty changed meanwhile) is released, unless
 * a committed accept holds that very authorization (a double-click with the same card replays one
 * authorization for both attempts, and the winner keeps it).
 */
export async function releaseUnusedAuthorization({ ref, idempotencyKey }: { ref: string; idempotencyKey: string }): Promise<void> {
  const held = await db.payment.findUnique({ where: { processorRef: ref }, select: { id: true } });
  if (held) return;
  await getPaymentProcessor().cancelAuthorization({ ref, idempotencyKey: `${idempotencyKey}:cancel` });
}

export interface EscrowBalance {
  /** Still in customer_funds_held for this payment. */
  held: number;
  /** Moved out of escrow to the provider (and the platform fee). */
  released: number;
  /** Returned to the poster. */
  refunded: number;
  /** How many refunds were recorded (the next processor refund key's number is this + 1). */
  refundCount: number;
}

/** The escrow's ledger position, in one statement (one snapshot) so held and refundCount agree. */
export async function escrowBalance(client: Db | Tx, paymentId: string): Promise<EscrowBalance> {
  const [row] = await client.$queryRaw<{ held: bigint | null; released: bigint | null; refunded: bigint | null; refunds: bigint }[]>`
    SELECT -SUM(e.amount) FILTER (WHERE e.account = ${ledgerAccounts.customerFundsHeld}) AS held,
           SUM(e.amount) FILTER (WHERE e.account = ${ledgerAccounts.customerFundsHeld} AND t.kind = 'release') AS released,
           -SUM(e.amount) FILTER (WHERE e.account = ${ledgerAccounts.refunds}) AS refunded,
           COUNT(DISTINCT t.id) FILTER (WHERE t.kind = 'refund') AS refunds
    FROM "LedgerTransaction" t JOIN "LedgerEntry" e ON e."transactionId" = t.id
    WHERE t."paymentId" = ${paymentId}`;
  return { held: Number(row?.held ?? 0), released: Number(row?.released ?? 0), refunded: Number(row?.refunded ?? 0), refundCount: Number(row?.refunds ?? 0) };
}

/**
 * Releases `amount` of the escrow to the provider, minus the platform fee, inside the caller's
 * transaction (which holds the bounty's row lock and has just checked its state). The ledger key
 * release:<paymentId> is the second guard: a release posted twice would throw and roll back.
 * For honor (no payment) it does nothing and answers 0.
 */
export async function releaseEscrow(tx: Tx, { bountyId, amount, automatic, actorId }: { bountyId: string; amount?: number; automatic: boolean; actorId: string | null }): Promise<number> {
  const paymentId = escrowPaymentId(bountyId);
  await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
  const payment = await tx.payment.findUnique({
    where: { id: paymentId },
    select: { status: true, capturedAmount: true, currency: true, providerId: true, chargebackOpenedAt: true, chargebackClosedAt: true },
  });
  if (!payment) return 0;
  if (payment.chargebackOpenedAt && !payment.chargebackClosedAt) {
    // Read under the payment's lock, which the chargeback webhook takes too: it is either before or after us.
    throw new AppError("INVALID_STATE", "The poster's bank is contesting this card payment (a chargeback): nothing is released until it closes.", { reason: "CHARGEBACK_OPEN" });
  }
  if (payment.status !== "CAPTURED") {
    throw new AppError("UNAVAILABLE", "The escrow payment is still being processed. Please try again in a minute.", { paymentStatus: payment.status });
  }
  const { held } = await escrowBalance(tx, paymentId);
  const release = amount ?? held;
  if (!Number.isInteger(release) || release <= 0 || release > held) throw new Error(`Release of ${release} is outside 1..${held} for ${paymentId}`);
  const fee = platformFee(release, env.PLATFORM_FEE_BPS);
  const posted = await postLedgerTransaction(tx, {
    key: escrowLedgerKeys.release(paymentId),
    kind: "release",
    paymentId,
    description: automatic ? "Bounty escrow released automatically" : "Bounty escrow released",
    lines: releaseHeld({ amount: release, currency: payment.currency, fee, providerId: payment.providerId }),
  });
  if (!posted) throw new AppError("CONFLICT", "This escrow was already released", { paymentId });
  await tx.payment.update({ where: { id: paymentId }, data: { platformFeeAmount: fee } });
  await recordEvent(tx, {
    type: "bounty.released",
    actorId,
    entity: { type: "Bounty", id: bountyId },
    data: { bountyId, amount: release, currency: payment.currency, automatic },
  });
  return release;
}
