import type { Tx } from "../core/db";
import { dispatchInTransaction, registerInTransactionReactions, type InTransactionReactions } from "./in-transaction";

const tx = {} as Tx;
const fact = { type: "connected_account.updated" as const, data: { providerId: "p1", previous: { detailsSubmitted: false, payoutsEnabled: false }, next: { detailsSubmitted: true, payoutsEnabled: true } } };

describe("in-transaction facts", () => {
  let saved: InTransactionReactions | undefined;
  beforeEach(() => (saved = registerInTransactionReactions(undefined)));
  afterEach(() => registerInTransactionReactions(saved));

  it("runs the one registered reaction with the caller's transaction and the fact's data", async () => {
    const seen: unknown[] = [];
    const record = (name: string) => async (t: Tx, data: unknown) => void seen.push([name, t, data]);
    registerInTransactionReactions({ "escrow.chargeback_opened": record("opened"), "escrow.chargeback_closed": record("closed"), "connected_account.updated": record("account"), "risk.bounty_hold_decided": record("bounty-hold"), "risk.payout_hold_decided": record("payout-hold") });
    await dispatchInTransaction(tx, fact);
    expect(seen).toEqual([["account", tx, fact.data]]);
  });

  it("throws in a process that never wired, so the effect rolls back instead of being dropped", async () => {
    await expect(dispatchInTransaction(tx, fact)).rejects.toThrow("No reaction is wired for connected_account.updated");
  });

  it("a failing reaction fails the transaction's work", async () => {
    const boom = async () => {
      throw new Error("boom");
    };
    registerInTransactionReactions({ "escrow.chargeback_opened": boom, "escrow.chargeback_closed": boom, "connected_account.updated": boom, "risk.bounty_hold_decided": boom, "risk.payout_hold_decided": boom });
    await expect(dispatchInTransaction(tx, fact)).rejects.toThrow("boom");
  });
});
