import { db } from "../core/db";
import { env } from "../core/env";
import { platformFee } from "../ledger/movements";
import { setupTestDatabase } from "../testing/test-database";
import { cancelBounty } from "./cancel-bounty";
import { disputeBounty } from "./dispute-bounty";
import { settleBountyEscrow } from "./escrow-settlement";
import { getBounty } from "./get-bounty";
import { listDisputedBounties } from "./list-disputed-bounties";
import { resolveDispute } from "./resolve-dispute";
import { admin, appError, setEra, assigned, bidder, eventCount, expectLedgerBalanced, later, offerOn, paymentLedger, payable, post, poster, submitted } from "./test-helpers";

setupTestDatabase();
setEra("2032-03-02T12:00:00Z");

const fee = (amount: number) => platformFee(amount, env.PLATFORM_FEE_BPS);
const REASON = "The gate still squeaks and the latch is broken now.";

describe("cancelling", () => {
  it("is free before assignment: the poster cancels, open offers are declined, no money moves", async () => {
    const p = await poster();
    const a = await bidder();
    const bounty = await post(p);
    await offerOn(a, bounty.id);
    expect((await appError(cancelBounty({ actor: a, bountyId: bounty.id }))).code).toBe("FORBIDDEN");
    const done = await cancelBounty({ actor: p, bountyId: bounty.id, reason: "Fixed it myself" });
    expect(done).toMatchObject({ status: "CANCELLED", payment: null });
    expect(done.offers.map((o) => o.status)).toEqual(["DECLINED"]);
    expect((await appError(cancelBounty({ actor: p, bountyId: bounty.id }))).details).toMatchObject({ currentStatus: "CANCELLED" });
  });

  it("after assignment needs both parties: the first asks, the other confirms, and the escrow is refunded in full", async () => {
    const s = await assigned();
    const stranger = await bidder();
    expect((await appError(cancelBounty({ actor: stranger, bountyId: s.bountyId }))).code).toBe("FORBIDDEN");

    const asked = await cancelBounty({ actor: s.provider, bountyId: s.bountyId, reason: "I'm ill this week" });
    expect(asked).toMatchObject({ status: "IN_PROGRESS", cancelRequestedBy: "provider", allowed: { cancel: false, confirmCancel: false } });
    // Asking again changes nothing; the poster sees the confirm button.
    expect((await cancelBounty({ actor: s.provider, bountyId: s.bountyId })).status).toBe("IN_PROGRESS");
    expect(await eventCount(s.bountyId, "bounty.cancel_requested")).toBe(1);
    expect((await getBounty({ actor: s.poster, bountyId: s.bountyId })).allowed).toMatchObject({ confirmCancel: true });
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 18_000, refunded: 0 });

    const done = await cancelBounty({ actor: s.poster, bountyId: s.bountyId });
    expect(done).toMatchObject({ status: "CANCELLED", payment: { status: "REFUNDED", heldAmount: 0, refundedAmount: 18_000, releasedAmount: 0 } });
    expect(await paymentLedger(s.paymentId)).toMatchObject({ captured: 18_000, held: 0, refunded: 18_000, released: 0, refundCount: 1 });
    expect(await payable(s.provider.providerId)).toBe(0);

    // Settling again (the scheduler's retry) refunds nothing more: never more than was funded.
    expect(await settleBountyEscrow({ bountyId: s.bountyId })).toBe("none");
    expect(await paymentLedger(s.paymentId)).toMatchObject({ refunded: 18_000, refundCount: 1 });
    const intent = await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { processorRef: true } });
    expect((await db.testModeIntent.findUniqueOrThrow({ where: { id: intent.processorRef! } })).refundedAmount).toBe(18_000);
    await expectLedgerBalanced();
  });

  it("lets support cancel an assigned bounty outright, with a full refund", async () => {
    const s = await submitted();
    const done = await cancelBounty({ actor: await admin(), bountyId: s.bountyId });
    expect(done.status).toBe("CANCELLED");
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 0, refunded: 18_000 });
    expect(await eventCount(s.bountyId, "bounty.cancelled")).toBe(1);
  });
});

describe("disputes", () => {
  it("freeze the money: no automatic release, no cancellation by the parties, into the admin queue", async () => {
    const s = await submitted();
    expect((await appError(disputeBounty({ actor: await bidder(), bountyId: s.bountyId, reason: REASON }))).code).toBe("FORBIDDEN");
    const disputed = await disputeBounty({ actor: s.poster, bountyId: s.bountyId, reason: REASON, now: later(2) });
    expect(disputed).toMatchObject({ status: "DISPUTED", autoReleaseAt: null, disputeReason: REASON, allowed: { approve: false, cancel: false, dispute: false } });

    expect((await appError(cancelBounty({ actor: s.provider, bountyId: s.bountyId }))).details).toMatchObject({ reason: "DISPUTED" });
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 18_000, released: 0, refunded: 0 });

    expect((await appError(listDisputedBounties({ actor: s.poster }))).code).toBe("FORBIDDEN");
    const queue = await listDisputedBounties({ actor: await admin() });
    expect(queue.data.find((b) => b.id === s.bountyId)).toMatchObject({ disputeReason: REASON, payment: { heldAmount: 18_000 }, provider: { id: s.provider.providerId } });
    // The queue shows what support weighs (the full description and the submitted work) from the list itself.
    const detail = await getBounty({ actor: await admin(), bountyId: s.bountyId });
    expect(queue.data.find((b) => b.id === s.bountyId)).toMatchObject({ description: detail.description, submission: detail.submission });
    expect(detail.submission).not.toBeNull();
  });

  it("resolve with a partial refund: part back to the poster, the rest released, and the ledger balances", async () => {
    const s = await submitted();
    await disputeBounty({ actor: s.provider, bountyId: s.bountyId, reason: REASON });
    expect((await appError(resolveDispute({ actor: s.poster, bountyId: s.bountyId, outcome: "release" }))).code).toBe("FORBIDDEN");
    const support = await admin();
    expect((await appError(resolveDispute({ actor: support, bountyId: s.bountyId, outcome: "partial_refund", refundAmount: 18_000 }))).code).toBe("VALIDATION_FAILED");
    expect((await appError(resolveDispute({ actor: support, bountyId: s.bountyId, outcome: "partial_refund" }))).code).toBe("VALIDATION_FAILED");

    const done = await resolveDispute({ actor: support, bountyId: s.bountyId, outcome: "partial_refund", refundAmount: 5_000 });
    expect(done).toMatchObject({ status: "COMPLETED", disputeResolution: "partial_refund", payment: { status: "PARTIALLY_REFUNDED", heldAmount: 0, releasedAmount: 13_000, refundedAmount: 5_000, platformFeeAmount: fee(13_000) } });
    const ledger = await paymentLedger(s.paymentId);
    expect(ledger).toMatchObject({ captured: 18_000, held: 0, released: 13_000, refunded: 5_000, fees: fee(13_000) });
    expect(ledger.captured).toBe(ledger.released + ledger.refunded + ledger.held);
    expect(await payable(s.provider.providerId)).toBe(13_000 - fee(13_000));
    expect(await eventCount(s.bountyId, "bounty.dispute_resolved")).toBe(1);
    expect(await eventCount(s.bountyId, "bounty.released")).toBe(1);
    // A second resolution is refused, and no money moves again.
    expect((await appError(resolveDispute({ actor: support, bountyId: s.bountyId, outcome: "refund" }))).details).toMatchObject({ currentStatus: "COMPLETED" });
    expect(await settleBountyEscrow({ bountyId: s.bountyId })).toBe("none");
    expect(await paymentLedger(s.paymentId)).toMatchObject({ refunded: 5_000, refundCount: 1 });
    await expectLedgerBalanced();
  });

  it("resolve with a full refund cancels; with a release completes", async () => {
    const support = await admin();
    const refund = await assigned();
    await disputeBounty({ actor: refund.poster, bountyId: refund.bountyId, reason: REASON });
    expect(await resolveDispute({ actor: support, bountyId: refund.bountyId, outcome: "refund" })).toMatchObject({ status: "CANCELLED", disputeResolution: "refund", payment: { status: "REFUNDED" } });
    expect(await paymentLedger(refund.paymentId)).toMatchObject({ held: 0, refunded: 18_000, released: 0 });

    const release = await submitted();
    await disputeBounty({ actor: release.provider, bountyId: release.bountyId, reason: REASON });
    expect(await resolveDispute({ actor: support, bountyId: release.bountyId, outcome: "release" })).toMatchObject({ status: "COMPLETED", disputeResolution: "release" });
    expect(await paymentLedger(release.paymentId)).toMatchObject({ held: 0, refunded: 0, released: 18_000 });
    expect(await payable(release.provider.providerId)).toBe(18_000 - fee(18_000));
    await expectLedgerBalanced();
  });

  it("a for-honor dispute resolves without money and refuses a split", async () => {
    const s = await submitted({ budget: 0 });
    await disputeBounty({ actor: s.poster, bountyId: s.bountyId, reason: REASON });
    const support = await admin();
    expect((await appError(resolveDispute({ actor: support, bountyId: s.bountyId, outcome: "partial_refund", refundAmount: 1 }))).code).toBe("VALIDATION_FAILED");
    expect(await resolveDispute({ actor: support, bountyId: s.bountyId, outcome: "release" })).toMatchObject({ status: "COMPLETED", payment: null });
  });
});
