import { db } from "../core/db";
import { env } from "../core/env";
import { AppError } from "../core/errors";
import { platformFee } from "../ledger/movements";
import { testModeProcessor } from "../payments/test-mode-processor";
import { setupTestDatabase } from "../testing/test-database";
import { approveWork } from "./approve-work";
import { cancelBounty } from "./cancel-bounty";
import { disputeBounty } from "./dispute-bounty";
import { getBounty } from "./get-bounty";
import { releaseOverdueBounties } from "./release-overdue-bounties";
import { EXPIRY_REMINDER_HOURS, remindAndExpireBounties } from "./remind-and-expire-bounties";
import { resolveDispute } from "./resolve-dispute";
import { settleBountyEscrows } from "./settle-bounty-escrows";
import { openEscrowChargeback } from "./chargeback";
import { transactional } from "../events/transactional";
import { admin, assigned, bidder, eventCount, expectLedgerBalanced, later, offerOn, paymentLedger, payable, post, poster, submitted, setEra } from "./test-helpers";

setupTestDatabase();
// The only bounty test file that runs the scheduler's jobs, in the earliest era: its ticks never reach
// the bounties of the other files (later eras, or real time), which may be running at the same time.
setEra("2020-03-03T12:00:00Z");

const HOUR = 3_600_000;
const fee = (amount: number) => platformFee(amount, env.PLATFORM_FEE_BPS);
const REASON = "The gate still squeaks and the latch is broken now.";

describe("approval racing the automatic release", () => {
  const ROUNDS = 6;

  /**
   * The poster's approval and two overlapping ticks of the automatic release start together; on
   * PostgreSQL they really run in parallel and the bounty's row lock orders them, on PGlite
   * transactions serialize. Either way: one bounty.released, one ledger release, payable once.
   */
  it(`releases exactly once in each of ${ROUNDS} races`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const s = await submitted();
      const due = later(1 + env.BOUNTY_AUTO_RELEASE_DAYS);
      const [approval, tickA, tickB] = await Promise.allSettled([
        approveWork({ actor: s.poster, bountyId: s.bountyId, now: due }),
        releaseOverdueBounties({ now: due }),
        releaseOverdueBounties({ now: due }),
      ]);
      // The approval either won, or lost to a tick and was told the bounty is already COMPLETED.
      if (approval.status === "rejected") {
        expect(approval.reason).toBeInstanceOf(AppError);
        expect((approval.reason as AppError).details).toMatchObject({ currentStatus: "COMPLETED" });
      }
      expect([tickA.status, tickB.status]).toEqual(["fulfilled", "fulfilled"]);

      expect((await db.bounty.findUniqueOrThrow({ where: { id: s.bountyId }, select: { status: true } })).status).toBe("COMPLETED");
      expect(await eventCount(s.bountyId, "bounty.released")).toBe(1);
      expect(await eventCount(s.bountyId, "bounty.completed")).toBe(1);
      expect(await db.ledgerTransaction.count({ where: { paymentId: s.paymentId, kind: "release" } })).toBe(1);
      expect(await payable(s.provider.providerId)).toBe(18_000 - fee(18_000));
      expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 0, released: 18_000 });
    }
    await expectLedgerBalanced();
  });
});

describe("automatic release", () => {
  it(`releases after BOUNTY_AUTO_RELEASE_DAYS without an answer, not a second earlier (automatic: true)`, async () => {
    const s = await submitted(); // handed in a day after the era's start
    const releaseAt = later(1 + env.BOUNTY_AUTO_RELEASE_DAYS);
    await releaseOverdueBounties({ now: new Date(releaseAt.getTime() - 1000) });
    expect(await eventCount(s.bountyId, "bounty.released")).toBe(0);
    expect(await releaseOverdueBounties({ now: releaseAt })).toBeGreaterThanOrEqual(1);
    const released = await db.auditLog.findFirstOrThrow({ where: { entityId: s.bountyId, action: "bounty.released" }, select: { data: true, actorId: true } });
    expect(released).toMatchObject({ actorId: null, data: { automatic: true, amount: 18_000 } });
    expect(await getBounty({ actor: s.poster, bountyId: s.bountyId })).toMatchObject({ status: "COMPLETED", completedAt: releaseAt.toISOString() });
    expect(await payable(s.provider.providerId)).toBe(18_000 - fee(18_000));
    // The tick also sends the provider's share to their connected account, once.
    const { processorRef } = await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { processorRef: true } });
    expect(await db.testModeIntent.findMany({ where: { kind: "transfer", sourceRef: processorRef }, select: { amount: true, idempotencyKey: true } })).toEqual([
      { amount: 18_000 - fee(18_000), idempotencyKey: `bounty:${s.bountyId}:transfer` },
    ]);
  });

  it("never releases a bounty a card chargeback froze, however overdue", async () => {
    const s = await submitted();
    // What the charge.dispute.created webhook applies (lib/payments/webhooks/bounty-chargeback.test.ts drives the route).
    await transactional((tx) => openEscrowChargeback(tx, { bountyId: s.bountyId, paymentId: s.paymentId, disputeRef: `dp_${s.bountyId}`, reason: "fraudulent", at: later(2) }));
    await releaseOverdueBounties({ now: later(90) });
    expect(await eventCount(s.bountyId, "bounty.released")).toBe(0);
    expect(await db.bounty.findUniqueOrThrow({ where: { id: s.bountyId }, select: { status: true, autoReleaseAt: true } })).toEqual({ status: "DISPUTED", autoReleaseAt: null });
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 18_000, released: 0 });
  });

  it("never releases a disputed bounty: the dispute freezes the money", async () => {
    const s = await submitted();
    await disputeBounty({ actor: s.poster, bountyId: s.bountyId, reason: REASON, now: later(2) });
    await releaseOverdueBounties({ now: later(90) });
    expect(await eventCount(s.bountyId, "bounty.released")).toBe(0);
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 18_000, released: 0 });
  });
});

describe("stale open bounties", () => {
  it("remind the poster first, then expire at the due date, declining the open offers", async () => {
    const p = await poster();
    const a = await bidder();
    const bounty = await post(p, { dueAt: later(5).toISOString() });
    await offerOn(a, bounty.id);
    const remindFrom = new Date(later(5).getTime() - EXPIRY_REMINDER_HOURS * HOUR);

    await remindAndExpireBounties({ now: new Date(remindFrom.getTime() - 60_000) });
    expect(await eventCount(bounty.id, "bounty.expiring")).toBe(0);
    await remindAndExpireBounties({ now: remindFrom });
    await remindAndExpireBounties({ now: new Date(remindFrom.getTime() + HOUR) });
    expect(await eventCount(bounty.id, "bounty.expiring")).toBe(1);
    expect((await db.bounty.findUniqueOrThrow({ where: { id: bounty.id }, select: { status: true } })).status).toBe("OPEN");

    await remindAndExpireBounties({ now: later(5) });
    const expired = await getBounty({ actor: p, bountyId: bounty.id });
    expect(expired.status).toBe("EXPIRED");
    expect(expired.offers.map((o) => o.status)).toEqual(["DECLINED"]);
    expect(await eventCount(bounty.id, "bounty.expired")).toBe(1);
  });

  it("never expire a bounty whose poster was not reminded: a late reminder goes out first, the expiry on the next tick", async () => {
    const p = await poster();
    const bounty = await post(p, { dueAt: later(20).toISOString() });
    // The scheduler was down from long before the reminder window until after the due date.
    await remindAndExpireBounties({ now: later(21) });
    expect(await db.bounty.findUniqueOrThrow({ where: { id: bounty.id }, select: { status: true, expiryReminderSentAt: true } })).toEqual({ status: "OPEN", expiryReminderSentAt: later(21) });
    await remindAndExpireBounties({ now: new Date(later(21).getTime() + 60_000) });
    expect((await db.bounty.findUniqueOrThrow({ where: { id: bounty.id }, select: { status: true } })).status).toBe("EXPIRED");
    expect(await eventCount(bounty.id, "bounty.expiring")).toBe(1);
  });

  it("leave assigned bounties alone past their due date", async () => {
    const s = await assigned();
    await remindAndExpireBounties({ now: later(40) });
    expect((await db.bounty.findUniqueOrThrow({ where: { id: s.bountyId }, select: { status: true } })).status).toBe("IN_PROGRESS");
    expect(await eventCount(s.bountyId, "bounty.expiring")).toBe(0);
  });
});

describe("the escrow safety net (settleBountyEscrows)", () => {
  /** Makes a row look untouched for an hour, so the job's grace period no longer protects it. */
  async function age(bountyId: string) {
    const hourAgo = new Date(Date.now() - HOUR);
    await db.$executeRaw`UPDATE "Bounty" SET "updatedAt" = ${hourAgo} WHERE id = ${bountyId}`;
    await db.$executeRaw`UPDATE "Payment" SET "updatedAt" = ${hourAgo} WHERE "bountyId" = ${bountyId}`;
  }

  it("captures an escrow whose capture failed right after the accept", async () => {
    const capture = jest.spyOn(testModeProcessor, "capture").mockRejectedValueOnce(new Error("processor down"));
    const s = await assigned();
    capture.mockRestore();
    expect((await getBounty({ actor: s.poster, bountyId: s.bountyId })).payment).toMatchObject({ status: "AUTHORIZED", heldAmount: 0 });
    // A fresh accept is left to its own request; an hour-old one is taken up.
    await settleBountyEscrows();
    expect((await db.payment.findUniqueOrThrow({ where: { id: s.paymentId } })).status).toBe("AUTHORIZED");
    await age(s.bountyId);
    await settleBountyEscrows();
    expect(await paymentLedger(s.paymentId)).toMatchObject({ captured: 18_000, held: 18_000 });
    expect((await db.payment.findUniqueOrThrow({ where: { id: s.paymentId } })).status).toBe("CAPTURED");
  });

  it("finishes a dispute's refund that failed right after the resolution, once", async () => {
    const s = await submitted();
    await disputeBounty({ actor: s.poster, bountyId: s.bountyId, reason: REASON, now: later(2) });
    const refund = jest.spyOn(testModeProcessor, "refund").mockRejectedValueOnce(new Error("processor down"));
    const done = await resolveDispute({ actor: await admin(), bountyId: s.bountyId, outcome: "partial_refund", refundAmount: 4_000, now: later(3) });
    refund.mockRestore();
    // The decision stands; the ledger holds the refund part until it goes through.
    expect(done).toMatchObject({ status: "COMPLETED", payment: { heldAmount: 4_000, releasedAmount: 14_000 } });
    await age(s.bountyId);
    await Promise.all([settleBountyEscrows(), settleBountyEscrows()]);
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 0, refunded: 4_000, released: 14_000, refundCount: 1 });
    await expectLedgerBalanced();
  });

  it("refunds instead when the void finds the escrow captured after all (a capture whose recording was lost)", async () => {
    const realCapture = testModeProcessor.capture.bind(testModeProcessor);
    const capture = jest.spyOn(testModeProcessor, "capture").mockImplementationOnce(async (options) => {
      await realCapture(options);
      throw new Error("connection lost after the capture");
    });
    const s = await assigned();
    capture.mockRestore();
    expect((await db.payment.findUniqueOrThrow({ where: { id: s.paymentId } })).status).toBe("AUTHORIZED");
    const done = await cancelBounty({ actor: await admin(), bountyId: s.bountyId });
    expect(done.payment).toMatchObject({ status: "REFUNDED", heldAmount: 0, refundedAmount: 18_000 });
    expect(await paymentLedger(s.paymentId)).toMatchObject({ captured: 18_000, held: 0, refunded: 18_000 });
    await expectLedgerBalanced();
  });

  it("voids an escrow that was never captured when the bounty is cancelled", async () => {
    const capture = jest.spyOn(testModeProcessor, "capture").mockRejectedValue(new Error("processor down"));
    const s = await assigned();
    await cancelBounty({ actor: await admin(), bountyId: s.bountyId });
    capture.mockRestore();
    const payment = await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { status: true, processorRef: true } });
    expect(payment.status).toBe("CANCELED");
    expect((await db.testModeIntent.findUniqueOrThrow({ where: { id: payment.processorRef! } })).status).toBe("canceled");
    expect(await db.ledgerTransaction.count({ where: { paymentId: s.paymentId } })).toBe(0);
  });
});

