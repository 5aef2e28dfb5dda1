import { POST } from "@/app/api/webhooks/stripe/route";
import { approveWork } from "@/lib/bounties/approve-work";
import { completeBounty } from "@/lib/bounties/complete-bounty";
import { disputeBounty } from "@/lib/bounties/dispute-bounty";
import { settleBountyEscrow } from "@/lib/bounties/escrow-settlement";
import { getBounty } from "@/lib/bounties/get-bounty";
import { listDisputedBounties } from "@/lib/bounties/list-disputed-bounties";
import { lockBounty } from "@/lib/bounties/lock-bounty";
import { resolveDispute } from "@/lib/bounties/resolve-dispute";
import { admin, appError, assigned, eventCount, expectLedgerBalanced, later, paymentLedger, setEra, submitted } from "@/lib/bounties/test-helpers";
import { db } from "@/lib/core/db";
import { testModeProcessor } from "@/lib/payments/test-mode-processor";
import { env } from "@/lib/core/env";
import { settleDispatches } from "@/lib/events/dispatch";
import { recordEvent } from "@/lib/events/record-event";
import { transactional } from "@/lib/events/transactional";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { uniqueToken } from "@/prisma/seed/builders";
import { dispute, signedDelivery, stripeEvent, WEBHOOK_SECRET } from "@/lib/payments/webhooks/test-fixtures";

// The real outbox writer, wrapped so that one test can make it fail in the middle of the effect.
jest.mock("@/lib/events/record-event", () => {
  const actual = jest.requireActual("@/lib/events/record-event");
  return { ...actual, recordEvent: jest.fn(actual.recordEvent) };
});
const realRecordEvent = jest.requireActual("@/lib/events/record-event").recordEvent as typeof recordEvent;
const recordEventMock = recordEvent as jest.MockedFunction<typeof recordEvent>;

/**
 * A card chargeback on a bounty's escrow, through the real webhook route with genuinely signed
 * events: the bounty freezes (DISPUTED, a bank-chargeback reason, no release of any kind while the
 * chargeback is open), once however often Stripe delivers, with the audit rows and outbox events
 * committed with the event's id or not at all; and what the bank's decision does.
 */
setupTestDatabase();
// No scheduler ticks here (scheduler.test.ts ticks over a frozen bounty): an era after every tick, before the board test's.
setEra("2034-01-05T12:00:00Z");

beforeAll(() => {
  env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
});

async function deliver(payload: string) {
  const response = await POST(signedDelivery(payload));
  return { status: response.status, body: await response.json() };
}
const intentOf = async (paymentId: string) => (await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { processorRef: true } })).processorRef!;
const bountyRow = (bountyId: string) =>
  db.bounty.findUniqueOrThrow({ where: { id: bountyId }, select: { status: true, disputeReason: true, disputeOpenedById: true, disputeByChargeback: true, autoReleaseAt: true, disputedAt: true } });
async function outboxTypes(entityIds: string[]) {
  const rows = await db.$queryRaw<{ type: string }[]>`SELECT type FROM "OutboxEvent" WHERE payload->'entity'->>'id' = ANY(${entityIds}) ORDER BY type`;
  return rows.map((r) => r.type);
}
const created = (eventId: string, disputeId: string, intent: string, fields = {}) => stripeEvent(eventId, "charge.dispute.created", dispute(disputeId, intent, fields));
const closed = (eventId: string, disputeId: string, intent: string, status: string) => stripeEvent(eventId, "charge.dispute.closed", dispute(disputeId, intent, { status }));

describe("charge.dispute.created on a bounty escrow", () => {
  it("freezes work awaiting approval: disputed by the bank, once, whatever Stripe redelivers", async () => {
    const s = await submitted();
    const intent = await intentOf(s.paymentId);
    const t = uniqueToken();
    const first = created(`evt_${t}_a`, `dp_${t}`, intent);
    const again = created(`evt_${t}_b`, `dp_${t}`, intent); // another event about the same dispute
    const results = [];
    for (const payload of [first, first, again, first]) results.push(await deliver(payload));
    expect(results.map((r) => [r.status, r.body.duplicate])).toEqual([
      [200, false],
      [200, true],
      [200, false],
      [200, true],
    ]);

    expect(await bountyRow(s.bountyId)).toMatchObject({ status: "DISPUTED", disputeByChargeback: true, disputeOpenedById: null, autoReleaseAt: null, disputedAt: expect.any(Date) });
    expect((await bountyRow(s.bountyId)).disputeReason).toMatch(/^Bank chargeback: .*did not make this payment/);
    expect(await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { chargebackRef: true, chargebackReason: true, chargebackClosedAt: true } })).toEqual({
      chargebackRef: `dp_${t}`,
      chargebackReason: "fraudulent",
      chargebackClosedAt: null,
    });
    expect(await eventCount(s.bountyId, "bounty.disputed")).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: s.paymentId, action: "payment.disputed" } })).toBe(1);
    expect((await outboxTypes([s.bountyId, s.paymentId])).filter((type) => type.endsWith("disputed"))).toEqual(["bounty.disputed", "payment.disputed"]);

    // Both parties and the queue see who opened it and why.
    expect((await getBounty({ actor: s.provider, bountyId: s.bountyId })).dispute).toMatchObject({ openedBy: { role: "bank" }, reason: expect.stringContaining("Bank chargeback") });
    const queued = (await listDisputedBounties({ actor: await admin() })).data.find((c) => c.id === s.bountyId);
    expect(queued).toMatchObject({ openedBy: { role: "bank" }, resolvable: false, payment: { heldAmount: 18_000, chargeback: { ref: `dp_${t}`, closedAt: null } } });
    await settleDispatches();
    expect(await db.notification.findMany({ where: { userId: { in: [s.poster.userId, s.provider.userId] }, type: "bounty.disputed" }, select: { title: true } })).toEqual([
      { title: "Payment contested by the bank" },
      { title: "Payment contested by the bank" },
    ]);
  });

  it("while the chargeback is open nothing is released: not the approval, not support, not the settle job", async () => {
    const s = await submitted();
    await deliver(created(`evt_${uniqueToken()}`, `dp_${uniqueToken()}`, await intentOf(s.paymentId)));

    // Even the poster's own approval (which may end a dispute of theirs) stops at the escrow's release.
    expect(await appError(approveWork({ actor: s.poster, bountyId: s.bountyId, now: later(2) }))).toMatchObject({ code: "INVALID_STATE", details: { reason: "CHARGEBACK_OPEN" } });
    // Nothing for the automatic release to pick up (scheduler.test.ts runs the tick over such a bounty).
    expect(await bountyRow(s.bountyId)).toMatchObject({ status: "DISPUTED", autoReleaseAt: null });
    for (const outcome of ["release", "partial_refund", "refund"] as const) {
      const error = await appError(resolveDispute({ actor: await admin(), bountyId: s.bountyId, outcome, refundAmount: outcome === "partial_refund" ? 1_000 : undefined, now: later(3) }));
      expect(error).toMatchObject({ code: "INVALID_STATE", details: { reason: "CHARGEBACK_OPEN" } });
    }
    expect(await settleBountyEscrow({ bountyId: s.bountyId })).toBe("none");
    expect((await bountyRow(s.bountyId)).status).toBe("DISPUTED");
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 18_000, released: 0, refunded: 0 });
    expect(await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { transferRef: true } })).toEqual({ transferRef: null });
  });

  it("the release itself refuses while the chargeback is open (a party's dispute the bank joined)", async () => {
    const s = await submitted();
    await disputeBounty({ actor: s.poster, bountyId: s.bountyId, reason: "The gate still squeaks and the latch is broken now.", now: later(2) });
    await deliver(created(`evt_${uniqueToken()}`, `dp_${uniqueToken()}`, await intentOf(s.paymentId)));
    // The party's dispute stays theirs; the chargeback is on the payment.
    expect(await bountyRow(s.bountyId)).toMatchObject({ status: "DISPUTED", disputeOpenedById: s.poster.userId, disputeByChargeback: false });
    expect(await eventCount(s.bountyId, "bounty.disputed")).toBe(1);

    const released = transactional(async (tx) => completeBounty(tx, await lockBounty(tx, s.bountyId), { automatic: false, actorId: null, now: later(3) }));
    expect(await appError(released)).toMatchObject({ code: "INVALID_STATE", details: { reason: "CHARGEBACK_OPEN" } });
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 18_000, released: 0 });
    expect((await bountyRow(s.bountyId)).status).toBe("DISPUTED");
  });

  it("commits the freeze, its audit rows and its outbox events with the event id, or none of them", async () => {
    const s = await assigned();
    const intent = await intentOf(s.paymentId);
    const t = uniqueToken();
    const payload = created(`evt_${t}`, `dp_${t}`, intent);
    // bounty.disputed is written, then payment.disputed blows up: everything must roll back.
    recordEventMock.mockClear();
    recordEventMock.mockImplementationOnce(realRecordEvent).mockImplementationOnce(async () => {
      throw new Error("injected crash");
    });
    expect((await deliver(payload)).status).toBe(500);
    expect(recordEventMock).toHaveBeenCalledTimes(2);
    expect(await db.processedWebhookEvent.count({ where: { id: `evt_${t}` } })).toBe(0);
    expect(await bountyRow(s.bountyId)).toMatchObject({ status: "IN_PROGRESS", disputeByChargeback: false });
    expect(await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { chargebackRef: true } })).toEqual({ chargebackRef: null });
    expect(await eventCount(s.bountyId, "bounty.disputed")).toBe(0);
    expect(await outboxTypes([s.bountyId, s.paymentId])).not.toContain("bounty.disputed");

    expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, duplicate: false } });
    expect(await bountyRow(s.bountyId)).toMatchObject({ status: "DISPUTED", disputeByChargeback: true });
    expect(await eventCount(s.bountyId, "bounty.disputed")).toBe(1);
    expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, duplicate: true } });
  });
});

describe("a chargeback after the release", () => {
  it("holds back a transfer still owed, lists the bounty for support while open, and never pays it out once lost", async () => {
    const s = await submitted();
    const transfer = jest.spyOn(testModeProcessor, "transfer").mockRejectedValueOnce(new Error("processor down"));
    await approveWork({ actor: s.poster, bountyId: s.bountyId, now: later(2) });
    transfer.mockRestore();
    const intent = await intentOf(s.paymentId);
    const t = uniqueToken();
    await deliver(created(`evt_${t}_open`, `dp_${t}`, intent));
    // Settled already: the bounty stays COMPLETED, and the queue shows the open chargeback.
    expect((await bountyRow(s.bountyId)).status).toBe("COMPLETED");
    expect((await listDisputedBounties({ actor: await admin() })).data.find((c) => c.id === s.bountyId)).toMatchObject({ status: "COMPLETED", resolvable: false, payment: { chargeback: { closedAt: null } } });
    expect(await settleBountyEscrow({ bountyId: s.bountyId })).toBe("none");

    await deliver(closed(`evt_${t}_lost`, `dp_${t}`, intent, "lost"));
    expect(await settleBountyEscrow({ bountyId: s.bountyId })).toBe("none");
    expect(await db.testModeIntent.count({ where: { kind: "transfer", sourceRef: intent } })).toBe(0);
    expect((await bountyRow(s.bountyId)).status).toBe("COMPLETED");
  });
});

describe("charge.dispute.closed on a bounty escrow", () => {
  it("won: the freeze lifts and support's release pays the provider", async () => {
    const s = await assigned();
    const intent = await intentOf(s.paymentId);
    const t = uniqueToken();
    await deliver(created(`evt_${t}_open`, `dp_${t}`, intent));
    const won = closed(`evt_${t}_won`, `dp_${t}`, intent, "won");
    expect((await deliver(won)).body.duplicate).toBe(false);
    expect((await deliver(won)).body.duplicate).toBe(true);
    expect(await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { chargebackOutcome: true, chargebackClosedAt: true } })).toEqual({ chargebackOutcome: "won", chargebackClosedAt: expect.any(Date) });
    expect(await db.auditLog.count({ where: { entityId: s.paymentId, action: "payment.dispute_closed" } })).toBe(1);
    expect((await listDisputedBounties({ actor: await admin() })).data.find((c) => c.id === s.bountyId)).toMatchObject({ resolvable: true });

    const done = await resolveDispute({ actor: await admin(), bountyId: s.bountyId, outcome: "release", now: later(3) });
    expect(done).toMatchObject({ status: "COMPLETED", payment: { releasedAmount: 18_000, transferredAmount: 18_000 - done.payment!.platformFeeAmount } });
    await expectLedgerBalanced();
  });

  it("lost: the bank gave the poster their money back, so the escrow is recorded as returned and the bounty cancelled; no refund is sent", async () => {
    const s = await assigned();
    const intent = await intentOf(s.paymentId);
    const t = uniqueToken();
    await deliver(created(`evt_${t}_open`, `dp_${t}`, intent));
    const lost = closed(`evt_${t}_lost`, `dp_${t}`, intent, "lost");
    for (let i = 0; i < 3; i++) expect((await deliver(lost)).status).toBe(200);

    const view = await getBounty({ actor: s.poster, bountyId: s.bountyId });
    expect(view).toMatchObject({ status: "CANCELLED", disputeResolution: "chargeback_lost", cancellation: { by: "system" }, payment: { status: "REFUNDED", heldAmount: 0, refundedAmount: 18_000 } });
    expect((await paymentLedger(s.paymentId)).keys).toEqual([`chargeback:${s.paymentId}:dp_${t}`, `escrow:${s.paymentId}`].sort());
    expect(await eventCount(s.bountyId, "bounty.cancelled")).toBe(1);
    // Nothing goes to the processor: the card already has it back.
    expect(await settleBountyEscrow({ bountyId: s.bountyId })).toBe("none");
    expect((await db.testModeIntent.findUniqueOrThrow({ where: { id: intent } })).refundedAmount).toBe(0);
    await expectLedgerBalanced();
  });
});
