import type { Tx } from "../core/db";
import { payout as payoutLines } from "../ledger/movements";
import { postLedgerTransaction } from "../ledger/post-ledger-transaction";
import type { PaymentProcessor } from "../payments/processor";

/** What a payout becomes once it is made: test mode pays at once, Stripe's own schedule pays the bank. */
export const madeStatus = (processor: PaymentProcessor) => (processor.name === "test-mode" ? "paid" : "pending");

/**
 * THE payout path, for a payout made at once (requestPayout) and a held one an admin approved
 * (decideHeldPayout): the ledger's payout movement takes the amount out of the provider's payable
 * balance. Call under the provider row lock, after checking the balance covers it.
 */
export async function postPayoutMovement(tx: Tx, payout: { id: string; providerId: string; amount: number; currency: string }): Promise<void> {
  await postLedgerTransaction(tx, {
    key: `payout:${payout.id}`,
    kind: "payout",
    description: `Payout ${payout.id}`,
    lines: payoutLines({ amount: payout.amount, currency: payout.currency, providerId: payout.providerId }),
  });
}
