import type { Tx } from "../core/db";
import { recordEvent } from "../events/record-event";
import { releaseHeldFunds } from "../payments/release-held-funds";
import { escrowPaymentId } from "../payments/escrow-keys";

export { escrowBalance, type EscrowBalance } from "../payments/escrow-balance";
export { escrowPaymentId } from "../payments/escrow-keys";

/**
 * The bounty escrow, on the payments API (lib/payments owns the Payment row and every processor call) (docs/bounties.md, "Money").
 *
 * - Fund (accept): the card is authorized before the accept's transaction, which records the
 *   Payment AUTHORIZED; right after the commit it is captured and the ledger holds it
 *   (captureHeld, key escrow:<paymentId>). A declined card answers 402 before anything is written.
 * - Release (approve, automatic release, dispute): the ledger inside the transition's transaction
 *   (releaseHeld, key release:<paymentId>): exactly once by the bounty's row lock and the key. After
 *   the commit the provider's share (released minus the fee) is transferred from the escrow's
 *   charge to their connected account (lib/payments/transfer-payment.ts); retried by the
 *   scheduler. The escrow is charged on the platform: separate charges and transfers.
 * - Refund (cancellation, dispute): after the transition commits, whatever is still held goes back
 *   (lib/payments/refund-held-funds.ts); retried by the scheduler.
 * - A card chargeback freezes all of it (lib/bounties/chargeback.ts, dispatched by the webhook).
 *
 * Every processor call carries a key derived from Hearth's ids; every posting a ledger key.
 */

/**
 * Releases `amount` of the escrow (all that is held when omitted) to the provider, minus the
 * platform fee, inside the caller's transaction (which holds the bounty's row lock and has just
 * checked its state), and records bounty.released. For honor (no payment) it does nothing and answers 0.
 */
export async function releaseEscrow(tx: Tx, { bountyId, amount, automatic, actorId }: { bountyId: string; amount?: number; automatic: boolean; actorId: string | null }): Promise<number> {
  const released = await releaseHeldFunds(tx, { paymentId: escrowPaymentId(bountyId), amount, automatic });
  if (!released) return 0;
  await recordEvent(tx, {
    type: "bounty.released",
    actorId,
    entity: { type: "Bounty", id: bountyId },
    data: { bountyId, amount: released.amount, currency: released.currency, automatic },
  });
  return released.amount;
}
