import { db } from "../core/db";
import { env } from "../core/env";
import { platformFee } from "../ledger/movements";
import { setupTestDatabase } from "../testing/test-database";
import { acceptOffer } from "./accept-offer";
import { approveWork } from "./approve-work";
import { escrowPaymentId } from "./escrow";
import { getBounty } from "./get-bounty";
import { requestChanges } from "./request-changes";
import { submitWork } from "./submit-work";
import {
  appError,
  setEra,
  assigned,
  bidder,
  DECLINED_CARD,
  eventCount,
  expectLedgerBalanced,
  GOOD_CARD,
  later,
  now,
  offerOn,
  paymentLedger,
  payable,
  post,
  poster,
  submitted,
} from "./test-helpers";

setupTestDatabase();
setEra("2031-05-06T12:00:00Z");

const fee = (amount: number) => platformFee(amount, env.PLATFORM_FEE_BPS);

describe("accepting an offer", () => {
  it("assigns the bounty, declines the other offers, opens the conversation and holds the offer's price in escrow", async () => {
    const p = await poster();
    const [a, b, c] = [await bidder(), await bidder(), await bidder()];
    const bounty = await post(p);
    const offerA = (await offerOn(a, bounty.id, 18_000)).myOffer!.id;
    const offerB = (await offerOn(b, bounty.id, 15_000)).myOffer!.id;
    await offerOn(c, bounty.id, 19_000);

    const detail = await acceptOffer({ actor: p, bountyId: bounty.id, offerId: offerA, paymentMethod: GOOD_CARD, now: now() });

    expect(detail).toMatchObject({ status: "IN_PROGRESS", acceptedOffer: { id: offerA, amount: 18_000, status: "ACCEPTED" }, viewerRole: "poster" });
    expect(detail.offers.map((o) => [o.id === offerA ? "A" : "other", o.status]).sort()).toEqual([["A", "ACCEPTED"], ["other", "DECLINED"], ["other", "DECLINED"]]);
    expect(detail.conversationId).toEqual(expect.any(String));
    const conversation = await db.conversation.findUniqueOrThrow({ where: { bountyId: bounty.id }, select: { kind: true, participants: { select: { userId: true } } } });
    expect(conversation.kind).toBe("BOUNTY");
    expect(conversation.participants.map((x) => x.userId).sort()).toEqual([p.userId, a.userId].sort());

    // Money: captured right after the commit and held, not earned by anyone yet.
    expect(detail.payment).toMatchObject({ status: "CAPTURED", amount: 18_000, capturedAmount: 18_000, heldAmount: 18_000, releasedAmount: 0, refundedAmount: 0, testMode: true });
    const ledger = await paymentLedger(escrowPaymentId(bounty.id));
    expect(ledger).toMatchObject({ keys: [`escrow:${escrowPaymentId(bounty.id)}`], captured: 18_000, held: 18_000, released: 0, refunded: 0 });
    expect(await payable(a.providerId)).toBe(0);
    expect(await db.auditLog.count({ where: { action: "offer.declined", entityId: offerB } })).toBe(1);
    await expectLedgerBalanced();
  });

  it("answers 402 for a declined card and changes nothing: still OPEN, no payment, no ledger rows", async () => {
    const p = await poster();
    const a = await bidder();
    const bounty = await post(p);
    const offerId = (await offerOn(a, bounty.id)).myOffer!.id;

    const error = await appError(acceptOffer({ actor: p, bountyId: bounty.id, offerId, paymentMethod: DECLINED_CARD, now: now() }));
    expect({ code: error.code, status: error.status }).toEqual({ code: "PAYMENT_FAILED", status: 402 });

    const after = await getBounty({ actor: p, bountyId: bounty.id });
    expect(after).toMatchObject({ status: "OPEN", acceptedOffer: null, payment: null, conversationId: null });
    expect(after.offers.map((o) => o.status)).toEqual(["OPEN"]);
    expect(await db.payment.count({ where: { bountyId: bounty.id } })).toBe(0);
    expect(await db.ledgerTransaction.count({ where: { paymentId: escrowPaymentId(bounty.id) } })).toBe(0);
    expect(await db.conversation.count({ where: { bountyId: bounty.id } })).toBe(0);

    // Another card then works.
    expect((await acceptOffer({ actor: p, bountyId: bounty.id, offerId, paymentMethod: GOOD_CARD, now: now() })).status).toBe("IN_PROGRESS");
  });

  it("needs a card for a paid bounty, and none for a for-honor one, which never creates a payment", async () => {
    const p = await poster();
    const a = await bidder();
    const paid = await post(p);
    const paidOffer = (await offerOn(a, paid.id)).myOffer!.id;
    expect((await appError(acceptOffer({ actor: p, bountyId: paid.id, offerId: paidOffer, now: now() }))).code).toBe("VALIDATION_FAILED");

    const honor = await assigned({ budget: 0 });
    const detail = await getBounty({ actor: honor.poster, bountyId: honor.bountyId });
    expect(detail).toMatchObject({ status: "IN_PROGRESS", forHonor: true, payment: null, conversationId: expect.any(String) });
    expect(await db.payment.count({ where: { bountyId: honor.bountyId } })).toBe(0);
  });

  it("lets only the poster accept, only an open offer of this bounty, only while the bounty is open", async () => {
    const p = await poster();
    const a = await bidder();
    const stranger = await bidder();
    const bounty = await post(p);
    const offerId = (await offerOn(a, bounty.id)).myOffer!.id;
    expect((await appError(acceptOffer({ actor: a, bountyId: bounty.id, offerId, paymentMethod: GOOD_CARD }))).code).toBe("FORBIDDEN");
    expect((await appError(acceptOffer({ actor: stranger, bountyId: bounty.id, offerId, paymentMethod: GOOD_CARD }))).code).toBe("FORBIDDEN");
    const other = await post(p);
    expect((await appError(acceptOffer({ actor: p, bountyId: other.id, offerId, paymentMethod: GOOD_CARD }))).code).toBe("NOT_FOUND");

    await acceptOffer({ actor: p, bountyId: bounty.id, offerId, paymentMethod: GOOD_CARD, now: now() });
    const again = await appError(acceptOffer({ actor: p, bountyId: bounty.id, offerId, paymentMethod: GOOD_CARD, now: now() }));
    expect({ code: again.code, status: again.status, details: again.details }).toMatchObject({ code: "INVALID_STATE", status: 409, details: { currentStatus: "IN_PROGRESS" } });
    expect(await db.ledgerTransaction.count({ where: { paymentId: escrowPaymentId(bounty.id) } })).toBe(1);
  });

  it("funds once when the same accept is sent twice at once, and releases the loser's hold only if it is not the winner's", async () => {
    const p = await poster();
    const a = await bidder();
    const bounty = await post(p);
    const offerId = (await offerOn(a, bounty.id)).myOffer!.id;
    const results = await Promise.allSettled([
      acceptOffer({ actor: p, bountyId: bounty.id, offerId, paymentMethod: GOOD_CARD, now: now() }),
      acceptOffer({ actor: p, bountyId: bounty.id, offerId, paymentMethod: GOOD_CARD, now: now() }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const payment = await db.payment.findUniqueOrThrow({ where: { bountyId: bounty.id }, select: { status: true, processorRef: true } });
    expect(payment.status).toBe("CAPTURED");
    // The same card replays one authorization for both: the loser must not have voided the winner's.
    expect((await db.testModeIntent.findUniqueOrThrow({ where: { id: payment.processorRef! } })).status).toBe("succeeded");
    expect(await paymentLedger(escrowPaymentId(bounty.id))).toMatchObject({ captured: 18_000, held: 18_000 });
  });
});

describe("submitting, approving and asking for changes", () => {
  it("only the assigned provider submits; the poster approves and the escrow is released once, minus the fee", async () => {
    const s = await assigned();
    const other = await bidder();
    expect((await appError(submitWork({ actor: other, bountyId: s.bountyId, notes: "I did it, honestly." }))).code).toBe("FORBIDDEN");
    expect((await appError(submitWork({ actor: s.poster, bountyId: s.bountyId, notes: "I did it, honestly." }))).code).toBe("FORBIDDEN");

    const sub = await submitWork({ actor: s.provider, bountyId: s.bountyId, notes: "New hinges fitted, latch adjusted.", now: now() });
    expect(sub).toMatchObject({ status: "AWAITING_APPROVAL", autoReleaseAt: later(env.BOUNTY_AUTO_RELEASE_DAYS).toISOString(), submission: { notes: "New hinges fitted, latch adjusted." } });

    expect((await appError(approveWork({ actor: s.provider, bountyId: s.bountyId }))).code).toBe("FORBIDDEN");
    const done = await approveWork({ actor: s.poster, bountyId: s.bountyId, now: later(2) });
    expect(done).toMatchObject({ status: "COMPLETED", releasedAt: later(2).toISOString(), autoReleaseAt: null });
    expect(done.payment).toMatchObject({ status: "CAPTURED", heldAmount: 0, releasedAmount: 18_000, platformFeeAmount: fee(18_000), providerAmount: 18_000 - fee(18_000) });

    expect(await payable(s.provider.providerId)).toBe(18_000 - fee(18_000));
    expect(await paymentLedger(s.paymentId)).toMatchObject({ keys: [`escrow:${s.paymentId}`, `release:${s.paymentId}`].sort(), held: 0, released: 18_000, fees: fee(18_000) });
    expect(await eventCount(s.bountyId, "bounty.released")).toBe(1);

    const twice = await appError(approveWork({ actor: s.poster, bountyId: s.bountyId }));
    expect(twice.details).toMatchObject({ currentStatus: "COMPLETED" });
    expect(await payable(s.provider.providerId)).toBe(18_000 - fee(18_000));
    await expectLedgerBalanced();
  });

  it("sends work back at most BOUNTY_MAX_CHANGE_REQUESTS times, pausing the automatic release, with the reason for the provider", async () => {
    const s = await submitted();
    expect((await appError(requestChanges({ actor: s.provider, bountyId: s.bountyId, reason: "Please redo it all." }))).code).toBe("FORBIDDEN");
    for (let i = 1; i <= env.BOUNTY_MAX_CHANGE_REQUESTS; i++) {
      const back = await requestChanges({ actor: s.poster, bountyId: s.bountyId, reason: `The latch still sticks (${i}).` });
      expect(back).toMatchObject({ status: "IN_PROGRESS", changeRequests: i, autoReleaseAt: null, lastChangeRequest: { reason: `The latch still sticks (${i}).` } });
      expect((await getBounty({ actor: s.provider, bountyId: s.bountyId })).lastChangeRequest?.reason).toBe(`The latch still sticks (${i}).`);
      await submitWork({ actor: s.provider, bountyId: s.bountyId, notes: `Adjusted again, round ${i}.`, now: later(2) });
    }
    const limit = await appError(requestChanges({ actor: s.poster, bountyId: s.bountyId, reason: "One more time please." }));
    expect(limit.details).toMatchObject({ reason: "CHANGE_REQUEST_LIMIT", currentStatus: "AWAITING_APPROVAL" });
    expect((await getBounty({ actor: s.poster, bountyId: s.bountyId })).allowed).toMatchObject({ approve: true, requestChanges: false, dispute: true });
    // No money moved meanwhile.
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 18_000, released: 0 });
  });

  it("completes a for-honor bounty without any money", async () => {
    const s = await submitted({ budget: 0 });
    const done = await approveWork({ actor: s.poster, bountyId: s.bountyId });
    expect(done).toMatchObject({ status: "COMPLETED", payment: null });
    expect(await eventCount(s.bountyId, "bounty.released")).toBe(0);
    expect(await eventCount(s.bountyId, "bounty.completed")).toBe(1);
  });
});

describe("who sees the conversation and the evidence", () => {
  it("shows them to the two parties and support only", async () => {
    const s = await submitted();
    const stranger = await bidder();
    const { admin } = await import("./test-helpers");
    const support = await admin();
    for (const actor of [s.poster, s.provider, support]) {
      const view = await getBounty({ actor, bountyId: s.bountyId });
      expect(view.submission?.notes).toBe("New hinges fitted, latch adjusted.");
      expect(view.payment?.amount).toBe(18_000);
      expect(view.addressLine).toBe("12 Prospect Park West, Brooklyn");
    }
    expect((await getBounty({ actor: s.poster, bountyId: s.bountyId })).conversationId).toEqual(expect.any(String));
    expect((await getBounty({ actor: s.provider, bountyId: s.bountyId })).viewerRole).toBe("assigned");
    expect((await getBounty({ actor: support, bountyId: s.bountyId })).conversationId).toBeNull();
    for (const actor of [stranger, null]) {
      const view = await getBounty({ actor, bountyId: s.bountyId });
      expect(view).toMatchObject({ submission: null, conversationId: null, payment: null, addressLine: null, acceptedOffer: null, offers: [], disputeReason: null });
      expect(view.assignedProvider).toMatchObject({ id: s.provider.providerId });
    }
  });
});
