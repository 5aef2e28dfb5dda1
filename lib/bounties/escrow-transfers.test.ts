import { db } from "../core/db";
import { env } from "../core/env";
import { platformFee } from "../ledger/movements";
import { testModeProcessor } from "../payments/test-mode-processor";
import { setupTestDatabase } from "../testing/test-database";
import { acceptOffer } from "./accept-offer";
import { approveWork } from "./approve-work";
import { disputeBounty } from "./dispute-bounty";
import { escrowPaymentId } from "./escrow";
import { getBounty } from "./get-bounty";
import { resolveDispute } from "./resolve-dispute";
import { settleBountyEscrows } from "./settle-bounty-escrows";
import { admin, appError, assigned, bidder, eventCount, expectLedgerBalanced, GOOD_CARD, later, offerOn, paymentLedger, payable, post, poster, setEra, submitted } from "./test-helpers";

/**
 * The money reaching the provider: after every kind of release (approval, a dispute's release or
 * split; the automatic release in scheduler.test.ts) the provider's share is transferred from the escrow's charge to
 * their connected account, once, and a transfer the processor refused is retried by the settle
 * job. Test-mode processor here; lib/bounties/stripe-escrow.test.ts runs the same flow against
 * Stripe's API on a local stub. And a provider who cannot be paid cannot be given a paid bounty.
 */
setupTestDatabase();
// No scheduler ticks here (only the grace-guarded settle job; the automatic release's transfer is
// checked in scheduler.test.ts): an era after every tick, before the board test's.
setEra("2039-02-03T12:00:00Z");

const HOUR = 3_600_000;
const fee = (amount: number) => platformFee(amount, env.PLATFORM_FEE_BPS);
const REASON = "The gate still squeaks and the latch is broken now.";

const paymentRow = (paymentId: string) =>
  db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { processorRef: true, transferRef: true, transferredAmount: true, transferredAt: true, platformFeeAmount: true } });
/** The processor's own record of the transfers out of this payment's charge. */
const transfersOf = async (paymentId: string) => {
  const { processorRef } = await paymentRow(paymentId);
  return db.testModeIntent.findMany({ where: { kind: "transfer", sourceRef: processorRef! }, select: { id: true, amount: true, destination: true, idempotencyKey: true } });
};
const accountOf = async (providerId: string) => (await db.providerProfile.findUniqueOrThrow({ where: { id: providerId }, select: { stripeAccountId: true } })).stripeAccountId;

/** Makes a row look untouched for an hour, so the settle job's grace period no longer protects it. */
async function age(bountyId: string) {
  const hourAgo = new Date(Date.now() - HOUR);
  await db.$executeRaw`UPDATE "Bounty" SET "updatedAt" = ${hourAgo} WHERE id = ${bountyId}`;
  await db.$executeRaw`UPDATE "Payment" SET "updatedAt" = ${hourAgo} WHERE "bountyId" = ${bountyId}`;
}

describe("the provider's transfer after a release", () => {
  it("approval: the provider's share (price minus the fee) goes to their connected account, once", async () => {
    const s = await submitted();
    const done = await approveWork({ actor: s.poster, bountyId: s.bountyId, now: later(2) });
    const share = 18_000 - fee(18_000);
    expect(await paymentRow(s.paymentId)).toMatchObject({ transferRef: expect.stringMatching(/^tm_tr_/), transferredAmount: share, transferredAt: later(2) });
    expect(await transfersOf(s.paymentId)).toEqual([
      { id: (await paymentRow(s.paymentId)).transferRef, amount: share, destination: await accountOf(s.provider.providerId), idempotencyKey: `bounty:${s.bountyId}:transfer` },
    ]);
    // The provider sees it on the bounty; the poster sees what was released, not the provider's account.
    expect((await getBounty({ actor: s.provider, bountyId: s.bountyId })).payment).toMatchObject({ releasedAmount: 18_000, providerAmount: share, transferredAmount: share });
    expect(done.status).toBe("COMPLETED");
    expect(await db.auditLog.count({ where: { entityId: s.paymentId, action: "payment.transferred" } })).toBe(1);

    // Settling again (the scheduler, a retry) transfers nothing more.
    await age(s.bountyId);
    await settleBountyEscrows();
    await settleBountyEscrows();
    expect(await transfersOf(s.paymentId)).toHaveLength(1);
    expect(await payable(s.provider.providerId)).toBe(share);
    await expectLedgerBalanced();
  });

  it("dispute split: the refund goes back and the rest, minus the fee on it, to the provider", async () => {
    const s = await submitted();
    await disputeBounty({ actor: s.poster, bountyId: s.bountyId, reason: REASON, now: later(2) });
    await resolveDispute({ actor: await admin(), bountyId: s.bountyId, outcome: "partial_refund", refundAmount: 5_000, now: later(3) });
    const released = 13_000;
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 0, released, refunded: 5_000 });
    expect((await transfersOf(s.paymentId)).map((t) => t.amount)).toEqual([released - fee(released)]);
    expect(await paymentRow(s.paymentId)).toMatchObject({ transferredAmount: released - fee(released), platformFeeAmount: fee(released) });

    // A full release after a dispute transfers too; a full refund transfers nothing.
    const r = await submitted();
    await disputeBounty({ actor: r.provider, bountyId: r.bountyId, reason: REASON, now: later(2) });
    await resolveDispute({ actor: await admin(), bountyId: r.bountyId, outcome: "release", now: later(3) });
    expect((await transfersOf(r.paymentId)).map((t) => t.amount)).toEqual([18_000 - fee(18_000)]);
    const f = await submitted();
    await disputeBounty({ actor: f.poster, bountyId: f.bountyId, reason: REASON, now: later(2) });
    await resolveDispute({ actor: await admin(), bountyId: f.bountyId, outcome: "refund", now: later(3) });
    expect(await transfersOf(f.paymentId)).toEqual([]);
    expect((await paymentRow(f.paymentId)).transferRef).toBeNull();
  });

  it("a transfer the processor refused leaves the approval standing; the settle job sends it later, once", async () => {
    const s = await submitted();
    const transfer = jest.spyOn(testModeProcessor, "transfer").mockRejectedValueOnce(new Error("processor down"));
    const done = await approveWork({ actor: s.poster, bountyId: s.bountyId, now: later(2) });
    expect(transfer).toHaveBeenCalledTimes(1);
    transfer.mockRestore();
    expect(done).toMatchObject({ status: "COMPLETED", payment: { releasedAmount: 18_000, transferredAmount: 0 } });
    expect(await transfersOf(s.paymentId)).toEqual([]);
    expect(await eventCount(s.bountyId, "bounty.released")).toBe(1);

    // Within the grace period the job leaves it to the request; an hour later it takes it up.
    await settleBountyEscrows();
    expect((await paymentRow(s.paymentId)).transferRef).toBeNull();
    await age(s.bountyId);
    await Promise.all([settleBountyEscrows(), settleBountyEscrows()]);
    expect((await transfersOf(s.paymentId)).map((t) => [t.amount, t.idempotencyKey])).toEqual([[18_000 - fee(18_000), `bounty:${s.bountyId}:transfer`]]);
    expect((await paymentRow(s.paymentId)).transferredAmount).toBe(18_000 - fee(18_000));
  });

  it("for honor: nothing to transfer", async () => {
    const s = await submitted({ budget: 0 });
    await approveWork({ actor: s.poster, bountyId: s.bountyId, now: later(2) });
    expect(await db.payment.count({ where: { bountyId: s.bountyId } })).toBe(0);
  });
});

describe("only a provider who can be paid gets a paid bounty", () => {
  it("refuses offers on paid bounties from providers without payout setup, but not for honor", async () => {
    const p = await poster();
    const unpaid = await bidder({ payoutsEnabled: false });
    const paid = await post(p);
    const error = await appError(offerOn(unpaid, paid.id));
    expect(error).toMatchObject({ code: "INVALID_STATE", details: { reason: "PROVIDER_NOT_ONBOARDED" } });
    expect(await db.offer.count({ where: { bountyId: paid.id } })).toBe(0);
    const view = await getBounty({ actor: unpaid, bountyId: paid.id });
    expect(view).toMatchObject({ needsPayoutSetup: true, allowed: { offer: false } });

    const honor = await post(p, { budgetAmount: 0 });
    await offerOn(unpaid, honor.id, 0);
    expect(await db.offer.count({ where: { bountyId: honor.id } })).toBe(1);
  });

  it("refuses to accept an offer whose provider lost their payout account since, before touching the card", async () => {
    const p = await poster();
    const provider = await bidder();
    const bounty = await post(p);
    const offered = await offerOn(provider, bounty.id);
    const offerId = offered.myOffer!.id;
    await db.providerProfile.update({ where: { id: provider.providerId }, data: { payoutsEnabled: false } });
    expect((await getBounty({ actor: p, bountyId: bounty.id })).offers[0].provider.acceptsPayments).toBe(false);

    const intentsBefore = await db.testModeIntent.count({ where: { idempotencyKey: { startsWith: `bounty:${bounty.id}:` } } });
    const error = await appError(acceptOffer({ actor: p, bountyId: bounty.id, offerId, paymentMethod: GOOD_CARD, now: later(1) }));
    expect(error).toMatchObject({ code: "INVALID_STATE", details: { reason: "PROVIDER_NOT_ONBOARDED" } });
    expect(await db.testModeIntent.count({ where: { idempotencyKey: { startsWith: `bounty:${bounty.id}:` } } })).toBe(intentsBefore);
    expect(await db.payment.findUnique({ where: { id: escrowPaymentId(bounty.id) } })).toBeNull();
    expect((await db.bounty.findUniqueOrThrow({ where: { id: bounty.id }, select: { status: true } })).status).toBe("OPEN");

    // Once they can be paid again, the same offer is accepted.
    await db.providerProfile.update({ where: { id: provider.providerId }, data: { payoutsEnabled: true } });
    await acceptOffer({ actor: p, bountyId: bounty.id, offerId, paymentMethod: GOOD_CARD, now: later(1) });
    expect((await getBounty({ actor: p, bountyId: bounty.id })).status).toBe("IN_PROGRESS");
  });

  it("lets a for-honor bounty go to anyone", async () => {
    const s = await assigned({ budget: 0 });
    expect((await db.bounty.findUniqueOrThrow({ where: { id: s.bountyId }, select: { status: true } })).status).toBe("IN_PROGRESS");
  });
});
