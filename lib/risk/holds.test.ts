import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { settleDispatches } from "../events/dispatch";
import { getBounty } from "../bounties/get-bounty";
import { listBounties } from "../bounties/list-bounties";
import { admin, bidder, later, now, post, poster, setEra } from "../bounties/test-helpers";
import { submitOffer } from "../bounties/submit-offer";
import { cancelBounty } from "../bounties/cancel-bounty";
import { ledgerAccounts } from "../ledger/accounts";
import { captureEarned } from "../ledger/movements";
import type { PaymentProcessor } from "../payments/processor";
import { testModeProcessor } from "../payments/test-mode-processor";
import { providerBalances } from "../payouts/get-provider-balances";
import { requestPayout } from "../payouts/request-payout";
import { customerActor, post as postLedger, providerWithActor } from "../payouts/test-fixtures";
import { setupTestDatabase } from "../testing/test-database";
import { approveHold } from "./approve-hold";
import { listRiskHolds } from "./list-risk-holds";
import { rejectHold } from "./reject-hold";

setupTestDatabase();
// An era of its own (see lib/bounties/test-helpers.ts): after the job-running files' eras, so no
// scheduler job reaches these bounties, and before the board test's, which lists every OPEN one.
setEra("2040-01-10T12:00:00Z");

/** A poster whose account was opened an hour ago (in this file's era): a new account. */
async function newPoster(): Promise<Actor> {
  const actor = await poster();
  await db.user.update({ where: { id: actor.userId }, data: { createdAt: later(-1 / 24) } });
  return actor;
}

const LARGE = 150_000;
const assessmentOf = (subjectKind: "BOOKING" | "BOUNTY" | "PAYOUT", subjectId: string) =>
  db.riskAssessment.findUniqueOrThrow({ where: { subjectKind_subjectId: { subjectKind, subjectId } } });
const onBoard = async (bountyId: string) => (await listBounties({ query: { limit: "50" }, now: now() })).data.some((b) => b.id === bountyId);
const auditActions = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });

describe("risk holds on bounties", () => {
  it("holds a new account's large bounty: under review, off the board, closed to offers, shown to its poster", async () => {
    const reviewer = await admin();
    const p = await newPoster();
    const bounty = await post(p, { budgetAmount: LARGE });
    expect(bounty.status).toBe("UNDER_REVIEW");

    const assessment = await assessmentOf("BOUNTY", bounty.id);
    expect(assessment).toMatchObject({ userId: p.userId, decision: "HOLD", reviewStatus: "PENDING", amount: LARGE, currency: "USD" });
    expect(assessment.score).toBeGreaterThanOrEqual(70);
    const codes = (assessment.signals as { contributions: { code: string }[] }).contributions.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(["ACCOUNT_NEW", "FIRST_HIGH_AMOUNT"]));

    expect(await onBoard(bounty.id)).toBe(false);
    const provider = await bidder({ payoutsEnabled: true });
    await expect(getBounty({ actor: provider, bountyId: bounty.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getBounty({ actor: null, bountyId: bounty.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitOffer({ actor: provider, bountyId: bounty.id, amount: 100_000, message: "I can do it this week.", etaDays: 2 })).rejects.toMatchObject({ status: 409 });
    expect((await getBounty({ actor: p, bountyId: bounty.id })).status).toBe("UNDER_REVIEW");

    // Nobody heard of a new bounty; the poster heard it is under review.
    expect((await auditActions(bounty.id)).map((a) => a.action)).toEqual(["bounty.held_for_review"]);
    await settleDispatches();
    expect(await db.notification.findMany({ where: { userId: p.userId }, select: { title: true } })).toEqual([{ title: "Your bounty is under review" }]);

    // Every admin heard it waits in the queue.
    expect(await db.notification.findMany({ where: { userId: reviewer.userId, type: "risk.hold_created", dedupeKey: { contains: assessment.id } }, select: { title: true, link: true } })).toEqual([
      { title: "A bounty waits for a risk review", link: "/admin/risk" },
    ]);

    const queue = await listRiskHolds({ actor: reviewer });
    expect(queue.find((h) => h.subjectId === bounty.id)).toMatchObject({ kind: "BOUNTY", subjectPath: `/bounties/${bounty.id}`, user: { id: p.userId }, amount: LARGE, score: assessment.score });
  });

  it("approving opens it: on the board, with the usual bounty.posted, audited and evented in one go", async () => {
    const p = await newPoster();
    const bounty = await post(p, { budgetAmount: LARGE });
    const { id } = await assessmentOf("BOUNTY", bounty.id);
    const support = await admin();

    expect(await approveHold({ actor: support, assessmentId: id, note: "Known customer, verified by phone" })).toMatchObject({ reviewStatus: "APPROVED", subjectKind: "BOUNTY" });
    expect((await getBounty({ actor: p, bountyId: bounty.id })).status).toBe("OPEN");
    expect(await onBoard(bounty.id)).toBe(true);
    expect(await assessmentOf("BOUNTY", bounty.id)).toMatchObject({ reviewStatus: "APPROVED", reviewedById: support.userId, note: "Known customer, verified by phone" });
    expect(await auditActions(bounty.id)).toEqual([
      { action: "bounty.held_for_review", actorId: p.userId },
      { action: "bounty.posted", actorId: support.userId },
    ]);
    expect(await db.auditLog.count({ where: { entityType: "RiskAssessment", entityId: id, action: "risk.hold_approved", actorId: support.userId } })).toBe(1);
    expect(await db.outboxEvent.count({ where: { type: "risk.hold_approved", payload: { path: ["data", "assessmentId"], equals: id } } })).toBe(1);
    // Out of the queue; a second decision is a conflict.
    expect((await listRiskHolds({ actor: support })).some((h) => h.id === id)).toBe(false);
    await expect(rejectHold({ actor: support, assessmentId: id, note: "Changed my mind" })).rejects.toMatchObject({ code: "CONFLICT", status: 409 });
  });

  it("rejecting cancels it with the reason, and it never reaches the board", async () => {
    const p = await newPoster();
    const bounty = await post(p, { budgetAmount: LARGE });
    const { id } = await assessmentOf("BOUNTY", bounty.id);
    const support = await admin();

    await expect(rejectHold({ actor: support, assessmentId: id, note: "" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await rejectHold({ actor: support, assessmentId: id, note: "Looks like a stolen card test" });
    const after = await getBounty({ actor: p, bountyId: bounty.id });
    expect(after.status).toBe("CANCELLED");
    expect(await db.bounty.findUniqueOrThrow({ where: { id: bounty.id }, select: { cancelReason: true, cancelledById: true } })).toEqual({ cancelReason: "Looks like a stolen card test", cancelledById: support.userId });
    expect(await onBoard(bounty.id)).toBe(false);
    expect(await assessmentOf("BOUNTY", bounty.id)).toMatchObject({ reviewStatus: "REJECTED", reviewedById: support.userId });
    expect(await db.auditLog.count({ where: { entityId: id, action: "risk.hold_rejected" } })).toBe(1);
  });

  it("its poster may withdraw it while it waits: approving it then is a 409, rejecting clears the queue", async () => {
    const p = await newPoster();
    const bounty = await post(p, { budgetAmount: LARGE });
    expect((await getBounty({ actor: p, bountyId: bounty.id })).allowed.cancel).toBe(true);
    await cancelBounty({ actor: p, bountyId: bounty.id, reason: "Found someone else", now: now() });
    expect((await db.bounty.findUniqueOrThrow({ where: { id: bounty.id }, select: { status: true } })).status).toBe("CANCELLED");
    const { id } = await assessmentOf("BOUNTY", bounty.id);
    const support = await admin();
    await expect(approveHold({ actor: support, assessmentId: id })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await assessmentOf("BOUNTY", bounty.id)).reviewStatus).toBe("PENDING"); // the refused decision rolled back
    await rejectHold({ actor: support, assessmentId: id, note: "Withdrawn by the poster" });
    expect((await assessmentOf("BOUNTY", bounty.id)).reviewStatus).toBe("REJECTED");
  });

  it("lets a settled user post as before: scored, allowed, open, no review", async () => {
    const p = await poster(); // created now, years before this file's era: an old account
    const bounty = await post(p, { budgetAmount: 20_000 });
    expect(bounty.status).toBe("OPEN");
    expect(await assessmentOf("BOUNTY", bounty.id)).toMatchObject({ decision: "ALLOW", reviewStatus: null });
    const { id } = await assessmentOf("BOUNTY", bounty.id);
    await expect(approveHold({ actor: await admin(), assessmentId: id })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("two admins deciding at once: exactly one wins, the other gets a 409", async () => {
    const p = await newPoster();
    const bounty = await post(p, { budgetAmount: LARGE });
    const { id } = await assessmentOf("BOUNTY", bounty.id);
    const [a, b] = [await admin(), await admin()];
    const results = await Promise.allSettled([approveHold({ actor: a, assessmentId: id }), rejectHold({ actor: b, assessmentId: id, note: "Too risky for a first job" })]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ code: "CONFLICT", status: 409 });
    const status = (await db.bounty.findUniqueOrThrow({ where: { id: bounty.id }, select: { status: true } })).status;
    const review = (await assessmentOf("BOUNTY", bounty.id)).reviewStatus;
    expect([status, review]).toEqual(review === "APPROVED" ? ["OPEN", "APPROVED"] : ["CANCELLED", "REJECTED"]);
    expect(await db.auditLog.count({ where: { entityId: id, action: { in: ["risk.hold_approved", "risk.hold_rejected"] } } })).toBe(1);
  });
});

/** A processor double that records every call: a held payout must make none. */
function recordingProcessor() {
  const calls: string[] = [];
  const processor = new Proxy(testModeProcessor, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? (...args: unknown[]) => (calls.push(String(key)), value.apply(target, args)) : value;
    },
  }) as PaymentProcessor;
  return { processor, calls };
}

/** A provider who joined just now and earned 2,000.00 USD (ledger): their first payout is large. */
async function newProviderWithEarnings() {
  const { provider, actor } = await providerWithActor({ payoutsEnabled: true });
  await postLedger("capture", captureEarned({ amount: 200_000, currency: "USD", fee: 0, providerId: provider.id }));
  return { provider, actor };
}

const usd = async (providerId: string) => (await providerBalances(db, providerId, 0)).find((b) => b.currency === "USD")!;
const payoutLedgerEntries = (providerId: string) => db.ledgerEntry.count({ where: { account: ledgerAccounts.payouts(providerId) } });

describe("risk holds on payouts", () => {
  it("holds a new provider's large first payout: no processor call, no ledger movement, the amount reserved", async () => {
    const { provider, actor } = await newProviderWithEarnings();
    const { processor, calls } = recordingProcessor();
    const payout = await requestPayout({ actor, currency: "USD", amount: LARGE, processor });
    expect(payout).toMatchObject({ amount: LARGE, status: "held" });
    expect(calls).toEqual([]);
    expect(await payoutLedgerEntries(provider.id)).toBe(0);
    expect(await usd(provider.id)).toMatchObject({ available: 200_000 - LARGE, paidOut: 0, reserved: LARGE });
    // The reserved money cannot be paid out a second time.
    await expect(requestPayout({ actor, currency: "USD", amount: 60_000 })).rejects.toMatchObject({ code: "INVALID_STATE", details: { available: 50_000 } });
    expect(await assessmentOf("PAYOUT", payout.id)).toMatchObject({ userId: actor.userId, decision: "HOLD", reviewStatus: "PENDING" });
  });

  it("approving makes the payout through the usual path, and the provider is told", async () => {
    const { provider, actor } = await newProviderWithEarnings();
    const payout = await requestPayout({ actor, currency: "USD", amount: LARGE });
    const { id } = await assessmentOf("PAYOUT", payout.id);
    await approveHold({ actor: await admin(), assessmentId: id });
    expect(await db.payout.findUniqueOrThrow({ where: { id: payout.id }, select: { status: true } })).toEqual({ status: "paid" });
    expect(await payoutLedgerEntries(provider.id)).toBe(1);
    const balance = await usd(provider.id);
    expect(balance).toMatchObject({ available: 50_000, paidOut: LARGE });
    expect(balance.reserved).toBeUndefined();
    await settleDispatches();
    expect(await db.notification.findMany({ where: { userId: actor.userId }, select: { type: true, title: true } })).toEqual([{ type: "payout.hold_approved", title: "Payout approved" }]);
  });

  it("rejecting cancels it and the money is available again", async () => {
    const { provider, actor } = await newProviderWithEarnings();
    const payout = await requestPayout({ actor, currency: "USD", amount: LARGE });
    const { id } = await assessmentOf("PAYOUT", payout.id);
    await rejectHold({ actor: await admin(), assessmentId: id, note: "Bank details changed yesterday" });
    expect(await db.payout.findUniqueOrThrow({ where: { id: payout.id }, select: { status: true } })).toEqual({ status: "cancelled" });
    expect(await payoutLedgerEntries(provider.id)).toBe(0);
    const balance = await usd(provider.id);
    expect(balance).toMatchObject({ available: 200_000, paidOut: 0 });
    expect(balance.reserved).toBeUndefined();
    await settleDispatches();
    const [note] = await db.notification.findMany({ where: { userId: actor.userId }, select: { type: true, body: true } });
    expect(note).toMatchObject({ type: "payout.hold_rejected" });
    expect(note.body).toContain("Bank details changed yesterday");
  });

  it("a small payout is made at once, as before", async () => {
    const { actor } = await newProviderWithEarnings();
    const payout = await requestPayout({ actor, currency: "USD", amount: 5_000 });
    expect(payout.status).toBe("paid");
    expect(await assessmentOf("PAYOUT", payout.id)).toMatchObject({ decision: "ALLOW", reviewStatus: null });
  });

  it("concurrent approve and reject of one payout: one wins, the other is a 409, money moves at most once", async () => {
    const { provider, actor } = await newProviderWithEarnings();
    const payout = await requestPayout({ actor, currency: "USD", amount: LARGE });
    const { id } = await assessmentOf("PAYOUT", payout.id);
    const [a, b] = [await admin(), await admin()];
    const results = await Promise.allSettled([rejectHold({ actor: a, assessmentId: id, note: "Not convinced" }), approveHold({ actor: b, assessmentId: id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r): r is PromiseRejectedResult => r.status === "rejected")?.reason).toMatchObject({ code: "CONFLICT" });
    const { status } = await db.payout.findUniqueOrThrow({ where: { id: payout.id }, select: { status: true } });
    expect(await payoutLedgerEntries(provider.id)).toBe(status === "paid" ? 1 : 0);
  });
});

describe("who may see and decide holds", () => {
  it("only admins: customers, providers and anonymous callers are refused and change nothing", async () => {
    const p = await newPoster();
    const bounty = await post(p, { budgetAmount: LARGE });
    const { id } = await assessmentOf("BOUNTY", bounty.id);
    const outsiders: (Actor | null)[] = [p, await customerActor(), await bidder(), null];
    for (const actor of outsiders) {
      await expect(listRiskHolds({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
      if (!actor) continue;
      await expect(approveHold({ actor, assessmentId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(rejectHold({ actor, assessmentId: id, note: "Not mine to decide" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await assessmentOf("BOUNTY", bounty.id)).toMatchObject({ reviewStatus: "PENDING", reviewedById: null });
    expect((await db.bounty.findUniqueOrThrow({ where: { id: bounty.id }, select: { status: true } })).status).toBe("UNDER_REVIEW");
  });
});

describe("bookings", () => {
  it("every booking gets an assessment, never a hold", async () => {
    const { requestBooking } = await import("../bookings/request-booking");
    const { customer, provider, NOW, TUE10 } = await import("../payments/test-support");
    const { TEST_CARD } = await import("../payments/test-cards");
    const seller = await provider();
    const buyer = await customer();
    const result = await requestBooking({ actor: buyer, serviceId: seller.services[0].id, start: TUE10, paymentMethod: TEST_CARD, now: NOW });
    expect(await assessmentOf("BOOKING", result.booking!.id)).toMatchObject({ userId: buyer.userId, decision: "ALLOW", reviewStatus: null });
  });
});
