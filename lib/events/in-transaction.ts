import type { Tx } from "../core/db";

/**
 * Facts that must change another domain's rows in the SAME transaction as the one that learnt them
 * (a Stripe webhook records its event id, the fact and every effect together, or none of it, and
 * takes the row locks in the order the owning domain's transitions take them). The outbox (after
 * commit) cannot give that, so the money floor dispatches these here and the owning domain reacts:
 * lib/payments names no bounty or payout, and lib/subscriptions.ts lists who reacts to what.
 */
export interface InTransactionFacts {
  /** A chargeback opened on a bounty's escrow: the bounty freezes (lib/bounties/chargeback.ts). */
  "escrow.chargeback_opened": { bountyId: string; paymentId: string; disputeRef: string; reason: string | null; at: Date };
  /** A chargeback closed on a bounty's escrow: won unfreezes, lost cancels the bounty. */
  "escrow.chargeback_closed": { bountyId: string; paymentId: string; disputeRef: string; reason: string | null; at: Date; outcome: string; amount: number };
  /** The processor's view of a provider's connected account (locked by the caller): payouts applies it. */
  /** An admin decided a bounty's risk hold (lib/risk/decide-hold.ts): bounties opens or cancels it. */
  "risk.bounty_hold_decided": { bountyId: string; approved: boolean; actorId: string; note: string | null; now: Date };
  /** An admin decided a payout's risk hold: payouts pays it through the usual path, or cancels it. */
  "risk.payout_hold_decided": { payoutId: string; approved: boolean; actorId: string; note: string | null; now: Date };
  "connected_account.updated": { providerId: string; previous: { detailsSubmitted: boolean; payoutsEnabled: boolean }; next: { detailsSubmitted: boolean; payoutsEnabled: boolean } };
}

export type InTransactionFact = { [K in keyof InTransactionFacts]: { type: K; data: InTransactionFacts[K] } }[keyof InTransactionFacts];

/** Exactly one reaction per fact: it is part of the transaction, not a notification. */
export type InTransactionReactions = { [K in keyof InTransactionFacts]: (tx: Tx, data: InTransactionFacts[K]) => Promise<unknown> };

// On globalThis for the same reason as the outbox wiring (lib/events/wiring.ts): Next's module graphs.
const holder = globalThis as unknown as { __hearthInTransactionReactions?: InTransactionReactions };

/** Called by wireOutbox() (lib/subscriptions.ts). Returns what it replaced; `undefined` unwires. */
export function registerInTransactionReactions(reactions: InTransactionReactions | undefined): InTransactionReactions | undefined {
  const previous = holder.__hearthInTransactionReactions;
  holder.__hearthInTransactionReactions = reactions;
  return previous;
}

/**
 * Runs the fact's reaction in the caller's transaction. A process that never wired throws rather
 * than dropping the effect: the transaction rolls back (a webhook answers 500 and is redelivered).
 */
export async function dispatchInTransaction(tx: Tx, fact: InTransactionFact): Promise<void> {
  const reactions = holder.__hearthInTransactionReactions;
  if (!reactions) throw new Error(`No reaction is wired for ${fact.type}: this process never called wireOutbox()`);
  const react = reactions[fact.type] as (tx: Tx, data: unknown) => Promise<unknown>;
  await react(tx, fact.data);
}
