import { db } from "../core/db";
import { env } from "../core/env";
import { setupTestDatabase } from "../testing/test-database";
import { acceptOffer } from "./accept-offer";
import { answerQuestion } from "./answer-question";
import { askQuestion, MAX_QUESTIONS_PER_ASKER } from "./ask-question";
import { counterOffer } from "./counter-offer";
import { getBounty } from "./get-bounty";
import { reviseOffer } from "./revise-offer";
import { withdrawOffer } from "./withdraw-offer";
import { appError, bidder, DAY, GOOD_CARD, later, now, offerOn, post, poster, setEra } from "./test-helpers";

setupTestDatabase();
setEra("2033-02-01T12:00:00Z");

describe("making offers", () => {
  it("one open offer per provider per bounty, never on one's own bounty, and only while open", async () => {
    const p = await poster();
    const a = await bidder();
    const bounty = await post(p);
    const mine = await offerOn(a, bounty.id, 17_500);
    expect(mine.myOffer).toMatchObject({ amount: 17_500, currency: "USD", status: "OPEN", etaDays: 3, provider: { id: a.providerId } });
    expect(mine.allowed).toMatchObject({ offer: false, ask: true });
    const twice = await appError(offerOn(a, bounty.id));
    expect({ code: twice.code, details: twice.details }).toMatchObject({ code: "CONFLICT", details: { offerId: mine.myOffer!.id } });

    // A provider who posts a bounty is its poster there: no offers, no questions on it.
    const providerPoster = await bidder();
    const own = await post(providerPoster);
    expect((await appError(offerOn(providerPoster, own.id))).code).toBe("FORBIDDEN");
    expect((await appError(askQuestion({ actor: providerPoster, bountyId: own.id, question: "Can I do it myself?" }))).code).toBe("FORBIDDEN");
    expect((await getBounty({ actor: providerPoster, bountyId: own.id })).allowed).toMatchObject({ offer: false, ask: false, accept: true });
    // Customers do not bid.
    expect((await appError(offerOn(await poster(), bounty.id))).code).toBe("FORBIDDEN");

    const closed = await post(p);
    await acceptOffer({ actor: p, bountyId: closed.id, offerId: (await offerOn(a, closed.id)).myOffer!.id, paymentMethod: GOOD_CARD, now: now() });
    const late = await appError(offerOn(await bidder(), closed.id));
    expect({ code: late.code, details: late.details }).toMatchObject({ code: "INVALID_STATE", details: { currentStatus: "IN_PROGRESS" } });
  });

  it("verified-only bounties refuse unverified providers", async () => {
    const p = await poster();
    const bounty = await post(p, { verifiedOnly: true });
    for (const verification of ["UNVERIFIED", "PENDING", "REJECTED"] as const) {
      const provider = await bidder({ verification });
      const error = await appError(offerOn(provider, bounty.id));
      expect({ code: error.code, details: error.details }).toEqual({ code: "FORBIDDEN", details: { reason: "VERIFIED_ONLY" } });
      expect((await getBounty({ actor: provider, bountyId: bounty.id })).allowed.offer).toBe(false);
    }
    const verified = await bidder({ verification: "VERIFIED" });
    expect((await offerOn(verified, bounty.id)).myOffer?.provider.verified).toBe(true);
  });

  it(`caps offers at BOUNTY_MAX_OPEN_OFFERS_PER_DAY per rolling day, withdrawn ones included`, async () => {
    const p = await poster();
    const a = await bidder();
    const cap = env.BOUNTY_MAX_OPEN_OFFERS_PER_DAY;
    const bounties = [];
    for (let i = 0; i <= cap; i++) bounties.push(await post(p));
    for (let i = 0; i < cap; i++) await offerOn(a, bounties[i].id, 18_000, new Date(now().getTime() + i * 60_000));
    // Withdrawing does not give the slot back.
    await withdrawOffer({ actor: a, bountyId: bounties[0].id, offerId: (await getBounty({ actor: a, bountyId: bounties[0].id })).myOffer!.id });
    const over = await appError(offerOn(a, bounties[cap].id, 18_000, new Date(now().getTime() + cap * 60_000)));
    expect(over.code).toBe("RATE_LIMITED");
    expect((over.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // A day after the first offer, its slot is free again.
    expect((await offerOn(a, bounties[cap].id, 18_000, new Date(now().getTime() + DAY + 1000))).myOffer?.status).toBe("OPEN");
  });

  it("holds the cap when offers arrive at once", async () => {
    const p = await poster();
    const a = await bidder();
    const cap = env.BOUNTY_MAX_OPEN_OFFERS_PER_DAY;
    const bounties = [];
    for (let i = 0; i < cap + 3; i++) bounties.push(await post(p));
    const results = await Promise.allSettled(bounties.map((b) => offerOn(a, b.id, 18_000, later(2))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(cap);
    expect(await db.offer.count({ where: { providerId: a.providerId } })).toBe(cap);
  });

  it("on a for-honor bounty takes offers of 0 only, and a paid bounty paid ones only", async () => {
    const p = await poster();
    const a = await bidder();
    const honor = await post(p, { budgetAmount: 0 });
    expect((await appError(offerOn(a, honor.id, 5_000))).details).toMatchObject({ fields: { amount: expect.any(Array) } });
    expect((await offerOn(a, honor.id, 0)).myOffer?.amount).toBe(0);
    const paid = await post(p);
    expect((await appError(offerOn(a, paid.id, 0))).code).toBe("VALIDATION_FAILED");
  });
});

describe("revising, withdrawing and countering", () => {
  it("only the author revises or withdraws, only while offer and bounty are open", async () => {
    const p = await poster();
    const a = await bidder();
    const b = await bidder();
    const bounty = await post(p);
    const offerId = (await offerOn(a, bounty.id)).myOffer!.id;
    expect((await appError(reviseOffer({ actor: b, bountyId: bounty.id, offerId, amount: 1_000 }))).code).toBe("FORBIDDEN");
    expect((await appError(reviseOffer({ actor: p, bountyId: bounty.id, offerId, amount: 1_000 }))).code).toBe("FORBIDDEN");
    expect((await appError(reviseOffer({ actor: a, bountyId: bounty.id, offerId }))).code).toBe("VALIDATION_FAILED");

    const revised = await reviseOffer({ actor: a, bountyId: bounty.id, offerId, amount: 16_000, etaDays: 5 });
    expect(revised.myOffer).toMatchObject({ amount: 16_000, etaDays: 5, message: "I can fix this on Saturday morning." });
    const withdrawn = await withdrawOffer({ actor: a, bountyId: bounty.id, offerId });
    expect(withdrawn.myOffer?.status).toBe("WITHDRAWN");
    expect((await appError(reviseOffer({ actor: a, bountyId: bounty.id, offerId, amount: 15_000 }))).details).toMatchObject({ currentStatus: "WITHDRAWN" });
    expect((await appError(withdrawOffer({ actor: a, bountyId: bounty.id, offerId }))).code).toBe("INVALID_STATE");
    // Withdrawn is final: one offer per provider per bounty.
    expect((await appError(offerOn(a, bounty.id))).code).toBe("CONFLICT");
  });

  it("the poster counters once; the provider agrees by revising to the counter, and the accept charges that price", async () => {
    const p = await poster();
    const a = await bidder();
    const bounty = await post(p);
    const offerId = (await offerOn(a, bounty.id, 22_000)).myOffer!.id;
    expect((await appError(counterOffer({ actor: a, bountyId: bounty.id, offerId, amount: 19_000 }))).code).toBe("FORBIDDEN");
    const countered = await counterOffer({ actor: p, bountyId: bounty.id, offerId, amount: 19_000, now: now() });
    expect(countered.offers[0]).toMatchObject({ amount: 22_000, counterAmount: 19_000, counteredAt: now().toISOString() });
    expect((await appError(counterOffer({ actor: p, bountyId: bounty.id, offerId, amount: 18_000 }))).code).toBe("CONFLICT");

    await reviseOffer({ actor: a, bountyId: bounty.id, offerId, amount: 19_000 });
    const accepted = await acceptOffer({ actor: p, bountyId: bounty.id, offerId, paymentMethod: GOOD_CARD, now: now() });
    expect(accepted.payment).toMatchObject({ amount: 19_000, heldAmount: 19_000 });
    // After assignment offers are frozen.
    expect((await appError(withdrawOffer({ actor: a, bountyId: bounty.id, offerId }))).details).toMatchObject({ currentStatus: "IN_PROGRESS" });
  });

  it("a for-honor bounty has nothing to counter", async () => {
    const p = await poster();
    const a = await bidder();
    const bounty = await post(p, { budgetAmount: 0 });
    const offerId = (await offerOn(a, bounty.id, 0)).myOffer!.id;
    expect((await appError(counterOffer({ actor: p, bountyId: bounty.id, offerId, amount: 1_000 }))).details).toMatchObject({ reason: "FOR_HONOR" });
  });

  it("shows every offer to the poster, only their own to a provider, none to the public", async () => {
    const p = await poster();
    const a = await bidder();
    const b = await bidder();
    const bounty = await post(p);
    await offerOn(a, bounty.id, 17_000);
    await offerOn(b, bounty.id, 16_000);
    expect((await getBounty({ actor: p, bountyId: bounty.id })).offers).toHaveLength(2);
    const asA = await getBounty({ actor: a, bountyId: bounty.id });
    expect(asA).toMatchObject({ offers: [], myOffer: { amount: 17_000 }, openOfferCount: 2, viewerRole: "provider" });
    expect(await getBounty({ actor: null, bountyId: bounty.id })).toMatchObject({ offers: [], myOffer: null, openOfferCount: 2, viewerRole: "public", addressLine: null });
  });
});

describe("public questions", () => {
  it("providers ask while open, the poster answers once, everyone reads", async () => {
    const p = await poster();
    const a = await bidder();
    const bounty = await post(p);
    expect((await appError(askQuestion({ actor: await poster(), bountyId: bounty.id, question: "Is it urgent?" }))).code).toBe("FORBIDDEN");
    const asked = await askQuestion({ actor: a, bountyId: bounty.id, question: "Which hinges do you have?" });
    const questionId = asked.questions[0].id;
    expect((await appError(answerQuestion({ actor: a, bountyId: bounty.id, questionId, answer: "Brass ones." }))).code).toBe("FORBIDDEN");
    await answerQuestion({ actor: p, bountyId: bounty.id, questionId, answer: "Old brass ones, 3 inch." });
    expect((await appError(answerQuestion({ actor: p, bountyId: bounty.id, questionId, answer: "Again" }))).code).toBe("CONFLICT");

    const publicView = await getBounty({ actor: null, bountyId: bounty.id });
    expect(publicView.questions).toEqual([expect.objectContaining({ question: "Which hinges do you have?", answer: "Old brass ones, 3 inch.", author: { name: expect.stringContaining("Test Provider") } })]);

    for (let i = 1; i < MAX_QUESTIONS_PER_ASKER; i++) await askQuestion({ actor: a, bountyId: bounty.id, question: `Follow-up number ${i}?` });
    expect((await appError(askQuestion({ actor: a, bountyId: bounty.id, question: "One too many?" }))).code).toBe("RATE_LIMITED");
  });
});
