import { POST } from "@/app/api/webhooks/stripe/route";
import { cancelBounty } from "@/lib/bounties/cancel-bounty";
import { settleBountyEscrow } from "@/lib/bounties/escrow-settlement";
import { getBounty } from "@/lib/bounties/get-bounty";
import { listFailedEscrowRefunds } from "@/lib/bounties/list-failed-escrow-refunds";
import { retryEscrowRefund } from "@/lib/bounties/retry-escrow-refund";
import { admin, appError, assigned, expectLedgerBalanced, later, paymentLedger, setEra } from "@/lib/bounties/test-helpers";
import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { settleDispatches } from "@/lib/events/dispatch";
import { transactional } from "@/lib/events/transactional";
import { payout as payoutLines } from "@/lib/ledger/movements";
import { postLedgerTransaction } from "@/lib/ledger/post-ledger-transaction";
import { availableBalance } from "@/lib/payouts/get-provider-balances";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { uniqueToken } from "@/prisma/seed/builders";
import { recordPaymentCapture } from "@/lib/payments/record-payment-capture";
import { recordPaymentRefund } from "@/lib/payments/record-payment-refund";
import { signedDelivery, stripeEvent, WEBHOOK_SECRET, webhookWorld } from "@/lib/payments/webhooks/test-fixtures";

/**
 * refund.failed, payout.paid and payout.failed through the real webhook route with genuinely signed
 * events, each delivered more than once: the effect happens once, the money is where the ledger
 * says, and the people who must act hear of it.
 */
setupTestDatabase();
// No scheduler ticks here: an era after every tick, before the board test's (which lists every open bounty due after it).
setEra("2037-08-08T12:00:00Z");

let support: Awaited<ReturnType<typeof admin>>;
beforeAll(async () => {
  env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  support = await admin(); // someone to tell
});

async function deliver(payload: string) {
  const response = await POST(signedDelivery(payload));
  return { status: response.status, body: await response.json() };
}
async function deliverTimes(payload: string, times: number) {
  const results = [];
  for (let i = 0; i < times; i++) results.push(await deliver(payload));
  expect(results.map((r) => r.status)).toEqual(Array(times).fill(200));
  expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);
}
const refundFailed = (eventId: string, refundId: string, intent: string, amount: number) =>
  stripeEvent(eventId, "refund.failed", { id: refundId, object: "refund", amount, currency: "usd", payment_intent: intent, status: "failed", failure_reason: "expired_or_canceled_card" });
const outboxCount = async (entityId: string, type: string) =>
  (await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "OutboxEvent" WHERE type = ${type} AND payload->'entity'->>'id' = ${entityId}`)[0].n;

describe("refund.failed", () => {
  it("a bounty's escrow refund the card refused: held again, marked for support, never retried by itself, retried by support", async () => {
    const s = await assigned();
    await cancelBounty({ actor: s.provider, bountyId: s.bountyId, reason: "I'm ill this week", now: later(1) });
    await cancelBounty({ actor: s.poster, bountyId: s.bountyId, now: later(1) });
    const before = await paymentLedger(s.paymentId);
    expect(before).toMatchObject({ held: 0, refunded: 18_000, refundCount: 1 });
    const refundRef = before.keys.find((k) => k.startsWith("refund:"))!.split(":")[2];
    const payment = await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { processorRef: true } });
    // What the processor knows once its refund failed: the money never left.
    await db.testModeIntent.update({ where: { id: payment.processorRef! }, data: { refundedAmount: 0 } });

    await deliverTimes(refundFailed(`evt_${uniqueToken()}`, refundRef, payment.processorRef!, 18_000), 3);
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 18_000, refunded: 0, keys: expect.arrayContaining([`refund_failed:${s.paymentId}:${refundRef}`]) });
    expect(await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { status: true, refundedAmount: true, refundFailureRef: true, refundFailureReason: true } })).toEqual({
      status: "CAPTURED",
      refundedAmount: 0,
      refundFailureRef: refundRef,
      refundFailureReason: "expired_or_canceled_card",
    });
    expect(await outboxCount(s.paymentId, "payment.refund_failed")).toBe(1n);
    expect((await getBounty({ actor: s.poster, bountyId: s.bountyId })).payment).toMatchObject({ refundFailedAt: expect.any(String), heldAmount: 18_000 });
    expect((await listFailedEscrowRefunds({ actor: support })).data.find((r) => r.bountyId === s.bountyId)).toMatchObject({ heldAmount: 18_000, reason: "expired_or_canceled_card" });

    // Support hears of it, once, however often it was delivered.
    await settleDispatches();
    expect(await db.notification.findMany({ where: { type: "payment.refund_failed", userId: support.userId }, select: { title: true, link: true } })).toEqual([
      { title: "A refund failed", link: "/admin/disputes" },
    ]);
    const supportEmail = (await db.user.findUniqueOrThrow({ where: { id: support.userId }, select: { email: true } })).email;
    expect(await db.emailMessage.count({ where: { template: "payment-refund-failed-admin", to: supportEmail } })).toBe(1);

    // The settle job does not retry it (the same card would fail again)…
    expect(await settleBountyEscrow({ bountyId: s.bountyId })).toBe("none");
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 18_000, refundCount: 1 });
    // …support does, under the next refund key; only support may.
    expect((await appError(retryEscrowRefund({ actor: s.poster, bountyId: s.bountyId }))).code).toBe("FORBIDDEN");
    const retried = await retryEscrowRefund({ actor: support, bountyId: s.bountyId, now: later(3) });
    expect(retried.payment).toMatchObject({ status: "REFUNDED", heldAmount: 0, refundedAmount: 18_000, refundFailedAt: null });
    expect(await db.testModeIntent.count({ where: { idempotencyKey: `bounty:${s.bountyId}:refund:2` } })).toBe(1);
    expect((await listFailedEscrowRefunds({ actor: support })).data.map((r) => r.bountyId)).not.toContain(s.bountyId);
    expect((await appError(retryEscrowRefund({ actor: support, bountyId: s.bountyId }))).code).toBe("INVALID_STATE");
    await expectLedgerBalanced();
  });

  it("a booking's refund: the provider's share and the fee come back, and the payment is refundable again", async () => {
    const w = await webhookWorld();
    const paid = await w.payment("AUTHORIZED", { intent: `pi_${w.token}` });
    await transactional((tx) => recordPaymentCapture(tx, { paymentId: paid.id, amount: 8500 }));
    await transactional((tx) => recordPaymentRefund(tx, { paymentId: paid.id, refundRef: `re_${w.token}`, amount: 3000 }));
    const payableOf = async () => -(await db.ledgerEntry.aggregate({ where: { account: `provider_payable:${w.provider.id}` }, _sum: { amount: true } }))._sum.amount!;
    expect(await payableOf()).toBe(7225 - 2550);

    await deliverTimes(refundFailed(`evt_${w.token}`, `re_${w.token}`, `pi_${w.token}`, 3000), 2);
    // Another event about the same refund (a new id) finds it reversed already.
    expect((await deliver(refundFailed(`evt_${w.token}_again`, `re_${w.token}`, `pi_${w.token}`, 3000))).body.duplicate).toBe(false);
    expect(await payableOf()).toBe(7225);
    expect(await db.payment.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true, refundedAmount: true, refundFailedAt: true } })).toEqual({
      status: "CAPTURED",
      refundedAmount: 0,
      refundFailedAt: expect.any(Date),
    });
    const reversal = await db.ledgerTransaction.findUniqueOrThrow({ where: { key: `refund_failed:${paid.id}:re_${w.token}` }, select: { entries: { select: { account: true, amount: true } } } });
    expect(Object.fromEntries(reversal.entries.map((e) => [e.account, e.amount]))).toEqual({ [`provider_payable:${w.provider.id}`]: -2550, platform_revenue: -450, refunds: 3000 });
    expect(await outboxCount(paid.id, "payment.refund_failed")).toBe(1n);
  });

  it("a refund that failed before anyone recorded it is recorded and reversed at once; the late synchronous record is a no-op", async () => {
    const w = await webhookWorld();
    const paid = await w.payment("AUTHORIZED", { intent: `pi_${w.token}` });
    await transactional((tx) => recordPaymentCapture(tx, { paymentId: paid.id, amount: 8500 }));
    await deliverTimes(refundFailed(`evt_${w.token}`, `re_${w.token}`, `pi_${w.token}`, 2000), 2);
    expect(await transactional((tx) => recordPaymentRefund(tx, { paymentId: paid.id, refundRef: `re_${w.token}`, amount: 2000 }))).toBe(false);
    const keys = (await db.ledgerTransaction.findMany({ where: { paymentId: paid.id }, select: { key: true } })).map((r) => r.key).sort();
    expect(keys).toEqual([`capture:${paid.id}`, `refund:${paid.id}:re_${w.token}`, `refund_failed:${paid.id}:re_${w.token}`].sort());
    expect(await db.payment.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true, refundedAmount: true } })).toEqual({ status: "CAPTURED", refundedAmount: 0 });
  });
});

describe("payout.paid and payout.failed (the connected account's endpoint)", () => {
  /** A payout as requestPayout records it on Stripe: pending, paid out in the ledger. */
  async function recordedPayout(providerId: string, amount: number) {
    const row = await db.payout.create({ data: { providerId, amount, currency: "USD", status: "pending" }, select: { id: true } });
    await transactional((tx) => postLedgerTransaction(tx, { key: `payout:${row.id}`, kind: "payout", lines: payoutLines({ amount, currency: "USD", providerId }) }));
    return row.id;
  }
  const payoutObject = (id: string, amount: number, status: string, fields: Record<string, unknown> = {}) => ({
    id,
    object: "payout",
    amount,
    currency: "usd",
    status,
    failure_code: null,
    failure_message: null,
    metadata: {},
    ...fields,
  });
  const payoutRow = (id: string) => db.payout.findUniqueOrThrow({ where: { id }, select: { status: true, processorRef: true, paidAt: true, failedAt: true, failureCode: true } });

  it("marks the payout paid, then failed when the bank returns it: the amount is available again and the provider told, once", async () => {
    const w = await webhookWorld();
    const first = await recordedPayout(w.provider.id, 5_000);
    const second = await recordedPayout(w.provider.id, 5_000);
    const available = () => availableBalance(db, w.provider.id, "USD");
    const before = await available();
    const po = `po_${w.token}`;

    await deliverTimes(stripeEvent(`evt_${w.token}_paid`, "payout.paid", payoutObject(po, 5_000, "paid"), undefined, { account: w.accountId }), 3);
    // The oldest pending payout of that amount is the one; the other stays pending.
    expect(await payoutRow(first)).toMatchObject({ status: "paid", processorRef: po, paidAt: expect.any(Date) });
    expect(await payoutRow(second)).toMatchObject({ status: "pending", processorRef: null });
    expect(await db.auditLog.count({ where: { entityId: first, action: "payout.paid" } })).toBe(1);
    expect(await available()).toBe(before);

    const failed = payoutObject(po, 5_000, "failed", { failure_code: "account_closed", failure_message: "The bank account has been closed." });
    await deliverTimes(stripeEvent(`evt_${w.token}_failed`, "payout.failed", failed, undefined, { account: w.accountId }), 3);
    expect(await payoutRow(first)).toMatchObject({ status: "failed", failedAt: expect.any(Date), failureCode: "account_closed" });
    expect(await available()).toBe(before + 5_000);
    expect(await db.ledgerTransaction.count({ where: { key: `payout_failed:${first}` } })).toBe(1);
    expect(await outboxCount(first, "payout.failed")).toBe(1n);

    // A late "paid" (another event id) does not bring a failed payout back.
    await deliver(stripeEvent(`evt_${w.token}_paid_late`, "payout.paid", payoutObject(po, 5_000, "paid"), undefined, { account: w.accountId }));
    expect((await payoutRow(first)).status).toBe("failed");

    await settleDispatches();
    expect(await db.notification.findMany({ where: { userId: w.provider.userId, type: "payout.failed" }, select: { title: true } })).toEqual([{ title: "Payout returned" }]);
    expect(await db.emailMessage.count({ where: { to: w.provider.user.email, template: "payout-failed" } })).toBe(1);
    await expectLedgerBalanced();
  });

  it("finds a payout by Hearth's id in the metadata, and leaves payouts Hearth never recorded alone", async () => {
    const w = await webhookWorld();
    const mine = await recordedPayout(w.provider.id, 7_000);
    const other = await recordedPayout(w.provider.id, 7_000);
    await deliver(stripeEvent(`evt_${w.token}_meta`, "payout.failed", payoutObject(`po_${w.token}_m`, 7_000, "failed", { metadata: { payoutId: other } }), undefined, { account: w.accountId }));
    expect((await payoutRow(other)).status).toBe("failed");
    expect((await payoutRow(mine)).status).toBe("pending");

    // Stripe's automatic payout of the whole connected balance, an amount Hearth never recorded.
    expect((await deliver(stripeEvent(`evt_${w.token}_auto`, "payout.paid", payoutObject(`po_${w.token}_auto`, 123_456, "paid"), undefined, { account: w.accountId }))).status).toBe(200);
    // The platform's own payout (no connected account on the event).
    expect((await deliver(stripeEvent(`evt_${w.token}_platform`, "payout.paid", payoutObject(`po_${w.token}_p`, 7_000, "paid")))).status).toBe(200);
    expect((await payoutRow(mine)).status).toBe("pending");
    expect(await db.payout.count({ where: { processorRef: { in: [`po_${w.token}_auto`, `po_${w.token}_p`] } } })).toBe(0);
  });
});
