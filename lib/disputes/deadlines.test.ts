// The deadline job acts on every overdue dispute in the database, so every test that runs it lives
// here, in eras no other file's disputes share (see completedBooking and setEra): on PostgreSQL
// the test files run side by side on one database.
import { db } from "../core/db";
import { disputeBounty } from "../bounties/dispute-bounty";
import { getBounty } from "../bounties/get-bounty";
import { resolveDispute } from "../bounties/resolve-dispute";
import { admin as bountyAdmin, expectLedgerBalanced, later, setEra, submitted, withTemporaryStorage } from "../bounties/test-helpers";
import { admin, customer, expectAppError } from "../payments/test-support";
import { setupTestDatabase } from "../testing/test-database";
import { addDisputeMessage } from "./add-dispute-message";
import { escalateDispute } from "./escalate-dispute";
import { escalateOverdueDisputes } from "./escalate-overdue-disputes";
import { getDispute } from "./get-dispute";
import { openBookingDispute } from "./open-booking-dispute";
import { resolveDisputeCase } from "./resolve-dispute-case";
import { afterEnd, completedBooking } from "./test-helpers";

setupTestDatabase();
// Before every other dispute era (bookings from 2030, bounties from 2031) and after the scheduler
// test's real clock, so these jobs reach only this file's disputes.
setEra("2028-03-03T12:00:00Z");
const ERA_WEEKS_EARLIER = 52;
withTemporaryStorage();

const REASON = "The windows were left streaky and one was cracked.";

async function openedDispute() {
  const s = await completedBooking({ weeksEarlier: ERA_WEEKS_EARLIER });
  const opened = await openBookingDispute({ actor: s.customer, bookingId: s.bookingId, reason: REASON, now: afterEnd(s.endsAt, 1) });
  return { ...s, disputeId: opened.id };
}

async function disputedBounty() {
  const s = await submitted();
  await disputeBounty({ actor: s.poster, bountyId: s.bountyId, reason: REASON, now: later(2) });
  const row = await db.dispute.findFirstOrThrow({ where: { bountyId: s.bountyId }, select: { id: true } });
  return { ...s, disputeId: row.id };
}

describe("deadlines and escalation", () => {
  it("the job escalates a dispute the provider did not answer in time, once however often it runs", async () => {
    const s = await openedDispute();
    const due = new Date((await getDispute({ actor: s.customer, disputeId: s.disputeId })).responseDueAt!);
    await escalateOverdueDisputes({ now: new Date(due.getTime() - 1) });
    expect((await getDispute({ actor: s.customer, disputeId: s.disputeId })).status).toBe("AWAITING_RESPONSE");

    expect(await escalateOverdueDisputes({ now: due })).toBeGreaterThanOrEqual(1);
    expect(await escalateOverdueDisputes({ now: due })).toBe(0);
    const escalated = await getDispute({ actor: await admin(), disputeId: s.disputeId });
    expect(escalated).toMatchObject({ status: "ESCALATED", escalatedAt: due.toISOString(), responseDueAt: null, allowed: { resolve: true } });
    expect(await db.auditLog.count({ where: { entityType: "Dispute", entityId: s.disputeId, action: "dispute.escalated" } })).toBe(1);
  });

  it("an answered dispute is not escalated by the job; either party can escalate it themselves", async () => {
    const s = await openedDispute();
    await addDisputeMessage({ actor: s.providerActor, disputeId: s.disputeId, body: "Happy to come back." });
    await escalateOverdueDisputes({ now: afterEnd(s.endsAt, 30) });
    expect((await getDispute({ actor: s.customer, disputeId: s.disputeId })).status).toBe("OPEN");
    await expectAppError(escalateDispute({ actor: await customer(), disputeId: s.disputeId }), "NOT_FOUND");
    await expectAppError(escalateDispute({ actor: await admin(), disputeId: s.disputeId }), "FORBIDDEN");
    expect(await escalateDispute({ actor: s.customer, disputeId: s.disputeId })).toMatchObject({ status: "ESCALATED", allowed: { escalate: false } });
    await expectAppError(escalateDispute({ actor: s.providerActor, disputeId: s.disputeId }), "INVALID_STATE");
  });

  it("escalate when the other party does not answer in time, and close when support resolves through either entry point", async () => {
    const s = await disputedBounty();
    expect(await escalateOverdueDisputes({ now: later(10) })).toBeGreaterThanOrEqual(1);
    expect((await getDispute({ actor: s.poster, disputeId: s.disputeId })).status).toBe("ESCALATED");
    const resolved = await resolveDisputeCase({ actor: await bountyAdmin(), disputeId: s.disputeId, outcome: "refund", now: later(11) });
    expect(resolved).toMatchObject({ status: "RESOLVED", resolution: "refund", refundAmount: 18_000 });
    expect(await getBounty({ actor: s.poster, bountyId: s.bountyId })).toMatchObject({ status: "CANCELLED" });

    // The bounty's own resolution (the existing admin action) closes the Dispute row as well.
    const t = await disputedBounty();
    await resolveDispute({ actor: await bountyAdmin(), bountyId: t.bountyId, outcome: "release" });
    expect(await db.dispute.findUniqueOrThrow({ where: { id: t.disputeId }, select: { status: true, resolution: true, releasedAmount: true } })).toEqual({ status: "RESOLVED", resolution: "release", releasedAmount: 18_000 });
    await expectLedgerBalanced();
  });
});
