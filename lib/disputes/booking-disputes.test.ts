import { db } from "../core/db";
import { env } from "../core/env";
import { ledgerAccounts } from "../ledger/accounts";
import { admin, asProvider, customer, expectAppError, expectLedgerInvariants, payableOf, provider } from "../payments/test-support";
import { requestPayout } from "../payouts/request-payout";
import { providerBalances } from "../payouts/get-provider-balances";
import { setupTestDatabase } from "../testing/test-database";
import { addDisputeMessage } from "./add-dispute-message";
import { getDispute } from "./get-dispute";
import { listDisputes } from "./list-disputes";
import { openBookingDispute } from "./open-booking-dispute";
import { resolveDisputeCase } from "./resolve-dispute-case";
import { afterEnd, completedBooking } from "./test-helpers";

setupTestDatabase();

const REASON = "The oven was not cleaned at all, only the hob.";
const fee = (amount: number) => Math.round((amount * env.PLATFORM_FEE_BPS) / 10_000);

describe("opening a booking dispute", () => {
  it("is the customer's, within the window after the end: day 7 is fine, day 8 is refused", async () => {
    const late = await completedBooking();
    const error = await expectAppError(openBookingDispute({ actor: late.customer, bookingId: late.bookingId, reason: REASON, now: afterEnd(late.endsAt, env.DISPUTE_WINDOW_DAYS, 1) }), "INVALID_STATE");
    expect(error.details).toMatchObject({ reason: "WINDOW_CLOSED" });
    await expectAppError(openBookingDispute({ actor: late.customer, bookingId: late.bookingId, reason: REASON, now: afterEnd(late.endsAt, 8) }), "INVALID_STATE");

    const s = await completedBooking();
    const opened = await openBookingDispute({ actor: s.customer, bookingId: s.bookingId, reason: REASON, now: afterEnd(s.endsAt, 7) });
    expect(opened).toMatchObject({
      status: "AWAITING_RESPONSE",
      viewer: "customer",
      openedBy: "customer",
      reason: REASON,
      paidAmount: 12_000,
      currency: "USD",
      subject: { kind: "booking", id: s.bookingId },
      responseDueAt: afterEnd(s.endsAt, 7 + env.DISPUTE_RESPONSE_DAYS).toISOString(),
      allowed: { propose: true, escalate: true, resolve: false },
    });
    // One open dispute per booking.
    await expectAppError(openBookingDispute({ actor: s.customer, bookingId: s.bookingId, reason: REASON, now: afterEnd(s.endsAt, 7) }), "CONFLICT");
    expect(await db.auditLog.count({ where: { entityType: "Dispute", entityId: opened.id, action: "dispute.opened" } })).toBe(1);
  });

  it("is refused for a booking that is not completed, and for anyone but its customer", async () => {
    const s = await completedBooking();
    await expectAppError(openBookingDispute({ actor: s.providerActor, bookingId: s.bookingId, reason: REASON, now: afterEnd(s.endsAt, 1) }), "FORBIDDEN");
    await expectAppError(openBookingDispute({ actor: await customer(), bookingId: s.bookingId, reason: REASON, now: afterEnd(s.endsAt, 1) }), "NOT_FOUND");
    await expectAppError(openBookingDispute({ actor: s.customer, bookingId: s.bookingId, reason: "bad", now: afterEnd(s.endsAt, 1) }), "VALIDATION_FAILED");

    const confirmed = await db.booking.update({ where: { id: s.bookingId }, data: { status: "CONFIRMED" }, select: { id: true } });
    await expectAppError(openBookingDispute({ actor: s.customer, bookingId: confirmed.id, reason: REASON, now: afterEnd(s.endsAt, 1) }), "INVALID_STATE");
  });

  it("is visible to its parties and support only", async () => {
    const s = await completedBooking();
    const opened = await openBookingDispute({ actor: s.customer, bookingId: s.bookingId, reason: REASON, now: afterEnd(s.endsAt, 1) });
    expect((await getDispute({ actor: s.providerActor, disputeId: opened.id })).viewer).toBe("provider");
    expect((await getDispute({ actor: await admin(), disputeId: opened.id })).viewer).toBe("admin");
    await expectAppError(getDispute({ actor: await customer(), disputeId: opened.id }), "NOT_FOUND");
    await expectAppError(getDispute({ actor: asProvider(await provider()), disputeId: opened.id }), "NOT_FOUND");
    await expectAppError(addDisputeMessage({ actor: await customer(), disputeId: opened.id, body: "hello" }), "NOT_FOUND");
    await expectAppError(listDisputes({ actor: s.customer }), "FORBIDDEN");
  });
});

describe("the payout freeze", () => {
  it("keeps the disputed earnings out of a payout until the dispute closes", async () => {
    const s = await completedBooking();
    const share = 12_000 - fee(12_000);
    expect(await payableOf(s.p.id)).toBe(share);
    const opened = await openBookingDispute({ actor: s.customer, bookingId: s.bookingId, reason: REASON, now: afterEnd(s.endsAt, 1) });

    await expect(requestPayout({ actor: s.providerActor, currency: "USD" })).rejects.toMatchObject({ code: "INVALID_STATE", details: { available: 0 } });
    await expect(requestPayout({ actor: s.providerActor, currency: "USD", amount: 1 })).rejects.toMatchObject({ code: "INVALID_STATE" });
    const [usd] = (await providerBalances(db, s.p.id)).filter((b) => b.currency === "USD");
    expect(usd).toMatchObject({ available: 0, pending: share });
    expect(await payableOf(s.p.id)).toBe(share); // frozen, not moved: the ledger still owes it

    // Support releases it to the provider: the freeze lifts and the payout takes it all.
    const resolved = await resolveDisputeCase({ actor: await admin(), disputeId: opened.id, outcome: "release" });
    expect(resolved).toMatchObject({ status: "RESOLVED", resolution: "release", refundAmount: 0, releasedAmount: 12_000 });
    expect(await requestPayout({ actor: s.providerActor, currency: "USD" })).toMatchObject({ amount: share });
    await expectLedgerInvariants();
  });
});

describe("support's decision", () => {
  it("a partial refund goes through the processor and the ledger: every transaction balances and each side ends where expected", async () => {
    const s = await completedBooking();
    const opened = await openBookingDispute({ actor: s.customer, bookingId: s.bookingId, reason: REASON, now: afterEnd(s.endsAt, 1) });
    const support = await admin();
    await expectAppError(resolveDisputeCase({ actor: s.customer, disputeId: opened.id, outcome: "refund" }), "FORBIDDEN");
    await expectAppError(resolveDisputeCase({ actor: support, disputeId: opened.id, outcome: "partial_refund", refundAmount: 12_001 }), "VALIDATION_FAILED");
    await expectAppError(resolveDisputeCase({ actor: support, disputeId: opened.id, outcome: "partial_refund" }), "VALIDATION_FAILED");

    const resolved = await resolveDisputeCase({ actor: support, disputeId: opened.id, outcome: "partial_refund", refundAmount: 4_000, now: afterEnd(s.endsAt, 2) });
    expect(resolved).toMatchObject({ status: "RESOLVED", resolution: "partial_refund", refundAmount: 4_000, releasedAmount: 8_000, allowed: { resolve: false, message: false } });

    const payment = await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { status: true, refundedAmount: true, processorRef: true } });
    expect(payment).toMatchObject({ status: "PARTIALLY_REFUNDED", refundedAmount: 4_000 });
    expect((await db.testModeIntent.findUniqueOrThrow({ where: { id: payment.processorRef! } })).refundedAmount).toBe(4_000);

    // The refund reverses the provider's share and the fee pro rata; sum of entries is zero per transaction.
    const feeBack = Math.round((fee(12_000) * 4_000) / 12_000);
    const refund = await db.ledgerTransaction.findMany({ where: { paymentId: s.paymentId, kind: "refund" }, select: { entries: { select: { account: true, amount: true } } } });
    expect(refund).toHaveLength(1);
    expect(refund[0].entries.reduce((sum, e) => sum + e.amount, 0)).toBe(0);
    expect(await payableOf(s.p.id)).toBe(12_000 - fee(12_000) - (4_000 - feeBack));
    // This refund's own entries: other test files post to the same accounts on a shared PostgreSQL.
    const posted = (account: string) => refund[0].entries.filter((e) => e.account === account).reduce((sum, e) => sum + e.amount, 0);
    expect(posted(ledgerAccounts.platformRevenue)).toBe(feeBack); // credit-normal: less revenue
    expect(posted(ledgerAccounts.refunds)).toBe(-4_000);
    await expectLedgerInvariants();

    // The rest is unfrozen; deciding again is refused and refunds nothing more.
    expect(await requestPayout({ actor: s.providerActor, currency: "USD" })).toMatchObject({ amount: 12_000 - fee(12_000) - (4_000 - feeBack) });
    await expectAppError(resolveDisputeCase({ actor: support, disputeId: opened.id, outcome: "refund" }), "INVALID_STATE");
    expect((await db.payment.findUniqueOrThrow({ where: { id: s.paymentId } })).refundedAmount).toBe(4_000);
    await expectLedgerInvariants();
  });

  it("a full refund returns everything the customer paid", async () => {
    const s = await completedBooking();
    const opened = await openBookingDispute({ actor: s.customer, bookingId: s.bookingId, reason: REASON, now: afterEnd(s.endsAt, 1) });
    await resolveDisputeCase({ actor: await admin(), disputeId: opened.id, outcome: "refund" });
    expect(await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { status: true, refundedAmount: true } })).toEqual({ status: "REFUNDED", refundedAmount: 12_000 });
    expect(await payableOf(s.p.id)).toBe(0);
    await expectLedgerInvariants();
  });

  it("lists booking disputes in the admin queue and notifies both sides of the outcome", async () => {
    const s = await completedBooking();
    const opened = await openBookingDispute({ actor: s.customer, bookingId: s.bookingId, reason: REASON, now: afterEnd(s.endsAt, 1) });
    const support = await admin();
    expect((await listDisputes({ actor: support })).find((d) => d.id === opened.id)).toMatchObject({ kind: "booking", subjectId: s.bookingId, status: "AWAITING_RESPONSE", paidAmount: 12_000 });
    await resolveDisputeCase({ actor: support, disputeId: opened.id, outcome: "partial_refund", refundAmount: 2_500 });
    expect((await listDisputes({ actor: support })).find((d) => d.id === opened.id)).toBeUndefined();
    expect((await listDisputes({ actor: support, filter: "closed" })).find((d) => d.id === opened.id)).toMatchObject({ resolution: "partial_refund", refundAmount: 2_500 });
    expect(await db.outboxEvent.count({ where: { type: "dispute.resolved", payload: { path: ["entity", "id"], equals: opened.id } } })).toBe(1);
  });
});
