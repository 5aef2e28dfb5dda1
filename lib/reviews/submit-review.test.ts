import { db } from "../core/db";
import { settleDispatches } from "../events/dispatch";
import { setupTestDatabase } from "../testing/test-database";
import { storedProviderAggregates } from "./aggregates";
import { getReviewStatusForBooking } from "./get-review-status-for-booking";
import { getReviewStatusForBounty } from "./get-review-status-for-bounty";
import { listProviderReviews } from "./list-provider-reviews";
import { REVIEW_WINDOW_MS } from "./policies";
import { publishExpiredReviews } from "./publish-expired-reviews";
import { submitReview } from "./submit-review";
import { actorOf, customerReview, daysAgo, makeAdminActor, makeParties, makeReviewableBooking, makeReviewableBounty, providerReview } from "./test-fixtures";
import { makeCustomer } from "../testing/factories";

setupTestDatabase();

const codeOf = (promise: Promise<unknown>) => promise.then(() => "OK", (error: { code?: string }) => error.code ?? String(error));

async function publishedEventsFor(reviewIds: string[]) {
  const events = await db.outboxEvent.findMany({ where: { type: "review.published" }, select: { payload: true } });
  return events
    .map((e) => (e.payload as { data: { reviewIds: string[] } }).data.reviewIds)
    .filter((ids) => ids.some((id) => reviewIds.includes(id)));
}

describe("double-blind reviews of a booking", () => {
  it("keeps the first review sealed from the other side until both have submitted, then shows both", async () => {
    const parties = await makeParties({ customerTimeZone: "Asia/Tokyo" });
    const { customerActor, providerActor, provider } = parties;
    const completedAt = daysAgo(2);
    const booking = await makeReviewableBooking(parties, { completedAt });

    const first = await submitReview({ actor: customerActor, ...customerReview(booking.id, 4) });
    expect(first.published).toBe(false);
    expect(first.review).toMatchObject({ rating: 4, publishedAt: null, subRatings: { quality: 4, punctuality: 5, communication: 4, value: 3 } });

    const customerView = await getReviewStatusForBooking({ actor: customerActor, bookingId: booking.id });
    expect(customerView).toMatchObject({ role: "CUSTOMER", canReview: false, theirs: null, viewerTimeZone: "Asia/Tokyo" });
    expect(customerView.mine).toMatchObject({ id: first.review.id, publishedAt: null, hidden: false });
    expect(customerView.deadline).toBe(new Date(completedAt.getTime() + REVIEW_WINDOW_MS).toISOString());

    const providerView = await getReviewStatusForBooking({ actor: providerActor, bookingId: booking.id });
    expect(providerView).toMatchObject({ role: "PROVIDER", canReview: true, mine: null, theirs: null, counterpartName: "Robin Reviewer" });
    expect((await listProviderReviews({ providerId: provider.id })).data).toEqual([]);
    expect(await storedProviderAggregates(db, provider.id)).toMatchObject({ ratingCount: 0, ratingSum: 0 });
    expect(await publishedEventsFor([first.review.id])).toEqual([]);

    const second = await submitReview({ actor: providerActor, ...providerReview(booking.id, 5) });
    expect(second.published).toBe(true);

    const [afterCustomer, afterProvider] = await Promise.all([
      getReviewStatusForBooking({ actor: customerActor, bookingId: booking.id }),
      getReviewStatusForBooking({ actor: providerActor, bookingId: booking.id }),
    ]);
    expect(afterCustomer.mine?.id).toBe(first.review.id);
    expect(afterCustomer.theirs).toMatchObject({ id: second.review.id, rating: 5, direction: "PROVIDER_TO_CUSTOMER", subRatings: null });
    expect(afterProvider.mine?.id).toBe(second.review.id);
    expect(afterProvider.theirs).toMatchObject({ id: first.review.id, rating: 4, verifiedBooking: true });
    // Published together, in one transaction, with one event naming both.
    expect(afterCustomer.mine?.publishedAt).not.toBeNull();
    expect(afterCustomer.mine?.publishedAt).toBe(afterCustomer.theirs?.publishedAt);
    expect(await publishedEventsFor([first.review.id])).toEqual([[first.review.id, second.review.id]]);

    // Only the customer's review counts towards the provider's public rating.
    const listed = await listProviderReviews({ providerId: provider.id });
    expect(listed.data.map((r) => r.id)).toEqual([first.review.id]);
    expect(listed.data[0]).toMatchObject({ authorName: "Robin", verifiedBooking: true, reportedByViewer: false });
    expect(await storedProviderAggregates(db, provider.id)).toEqual({ ratingCount: 1, ratingSum: 4, rating1: 0, rating2: 0, rating3: 0, rating4: 1, rating5: 0 });

    // Each side hears about the review of them once it is visible, not before.
    await settleDispatches();
    const news = await db.notification.findMany({
      where: { dedupeKey: { in: [first.review.id, second.review.id].map((id) => `review.published:${id}:subject`) } },
      select: { userId: true, link: true, body: true },
    });
    expect(news).toEqual(
      expect.arrayContaining([
        { userId: provider.userId, link: `/dashboard/reviews/${booking.id}`, body: expect.stringContaining("Robin gave you 4 out of 5") },
        { userId: parties.customer.id, link: `/account/bookings/${booking.id}`, body: expect.stringContaining("gave you 5 out of 5") },
      ]),
    );
    expect(news).toHaveLength(2);
  });

  it("publishes a lone review once the 14-day window has closed, and only then", async () => {
    const parties = await makeParties();
    const completedAt = daysAgo(20);
    const closed = await makeReviewableBooking(parties, { completedAt });
    const open = await makeReviewableBooking(parties, { completedAt: daysAgo(3) });
    // Written on day 13, while the window was open.
    const lone = await submitReview({ actor: parties.customerActor, ...customerReview(closed.id, 2), now: new Date(completedAt.getTime() + 13 * 86_400_000) });
    const sealed = await submitReview({ actor: parties.customerActor, ...customerReview(open.id, 5) });

    await publishExpiredReviews();

    const providerView = await getReviewStatusForBooking({ actor: parties.providerActor, bookingId: closed.id });
    expect(providerView).toMatchObject({ windowOpen: false, canReview: false, mine: null });
    expect(providerView.theirs).toMatchObject({ id: lone.review.id, rating: 2 });
    expect(await codeOf(submitReview({ actor: parties.providerActor, ...providerReview(closed.id) }))).toBe("INVALID_STATE");
    expect(await publishedEventsFor([lone.review.id])).toEqual([[lone.review.id]]);

    const stillSealed = await getReviewStatusForBooking({ actor: parties.providerActor, bookingId: open.id });
    expect(stillSealed).toMatchObject({ windowOpen: true, canReview: true, theirs: null });
    expect((await db.review.findUniqueOrThrow({ where: { id: sealed.review.id } })).publishedAt).toBeNull();

    // A second run publishes nothing twice and counts nothing twice.
    const publishedAt = (await db.review.findUniqueOrThrow({ where: { id: lone.review.id } })).publishedAt;
    await publishExpiredReviews();
    expect((await db.review.findUniqueOrThrow({ where: { id: lone.review.id } })).publishedAt).toEqual(publishedAt);
    expect(await storedProviderAggregates(db, parties.provider.id)).toMatchObject({ ratingCount: 1, ratingSum: 2, rating2: 1 });
  });

  it("publishes both exactly once when the two sides submit at the same moment", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties);
    const [a, b] = await Promise.all([
      submitReview({ actor: parties.customerActor, ...customerReview(booking.id, 3) }),
      submitReview({ actor: parties.providerActor, ...providerReview(booking.id, 4) }),
    ]);
    expect([a.published, b.published].filter(Boolean)).toHaveLength(1);
    const rows = await db.review.findMany({ where: { bookingId: booking.id } });
    expect(rows.every((r) => r.publishedAt !== null)).toBe(true);
    expect(await storedProviderAggregates(db, parties.provider.id)).toMatchObject({ ratingCount: 1, ratingSum: 3, rating3: 1 });
  });
});

describe("who may review, and when", () => {
  it("lets only the two parties of a completed booking review, each once, within the window", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties, { completedAt: daysAgo(5) });
    const stranger = actorOf(await makeCustomer());

    expect(await codeOf(submitReview({ actor: stranger, ...customerReview(booking.id) }))).toBe("NOT_FOUND");
    expect(await codeOf(submitReview({ actor: await makeAdminActor(), ...providerReview(booking.id) }))).toBe("FORBIDDEN");
    expect(await codeOf(submitReview({ actor: stranger, ...customerReview("no-such-booking") }))).toBe("NOT_FOUND");

    const confirmed = await makeReviewableBooking(parties, { status: "CONFIRMED" });
    expect(await codeOf(submitReview({ actor: parties.customerActor, ...customerReview(confirmed.id) }))).toBe("INVALID_STATE");
    const cancelled = await makeReviewableBooking(parties, { status: "CANCELLED" });
    expect(await codeOf(submitReview({ actor: parties.providerActor, ...providerReview(cancelled.id) }))).toBe("INVALID_STATE");

    // Twice at once: the row lock and the unique index let exactly one through.
    const twice = await Promise.all([0, 1].map(() => codeOf(submitReview({ actor: parties.customerActor, ...customerReview(booking.id) }))));
    expect(twice.sort()).toEqual(["CONFLICT", "OK"]);
    expect(await codeOf(submitReview({ actor: parties.customerActor, ...customerReview(booking.id) }))).toBe("CONFLICT");
    expect(await db.review.count({ where: { bookingId: booking.id } })).toBe(1);
  });

  it("closes the window exactly 14 days after completion", async () => {
    const parties = await makeParties();
    const completedAt = daysAgo(30);
    const booking = await makeReviewableBooking(parties, { completedAt });
    const deadline = completedAt.getTime() + 14 * 86_400_000;

    const late = await submitReview({ actor: parties.customerActor, ...customerReview(booking.id), now: new Date(deadline) }).catch((e: unknown) => e);
    expect(late).toMatchObject({ code: "INVALID_STATE", details: { deadline: new Date(deadline).toISOString() } });
    const justInTime = await submitReview({ actor: parties.customerActor, ...customerReview(booking.id), now: new Date(deadline - 1) });
    expect(justInTime.review.createdAt).toBe(new Date(deadline - 1).toISOString());
  });

  it("requires sub-ratings from customers, refuses them from providers, and validates the rest", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties);

    const missing = await submitReview({ actor: parties.customerActor, bookingId: booking.id, rating: 5, quality: 5 }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(Object.keys((missing as { details: { fields: object } }).details.fields).sort()).toEqual(["communication", "punctuality", "value"]);

    const extra = await submitReview({ actor: parties.providerActor, ...providerReview(booking.id), quality: 4 }).catch((e: unknown) => e);
    expect(extra).toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { quality: ["Only reviews of providers have sub-ratings"] } } });

    const invalid = [
      { ...customerReview(booking.id), rating: 6 },
      { ...customerReview(booking.id), rating: 0 },
      { ...customerReview(booking.id), value: 2.5 },
      { ...customerReview(booking.id), text: "x".repeat(2001) },
      { ...customerReview(booking.id), bountyId: "also-a-bounty" },
      { rating: 5 },
    ];
    for (const input of invalid) {
      expect(await codeOf(submitReview({ actor: parties.customerActor, ...input }))).toBe("VALIDATION_FAILED");
    }
    // The maximum is allowed, and nothing above was stored.
    expect(await db.review.count({ where: { bookingId: booking.id } })).toBe(0);
    const longest = await submitReview({ actor: parties.customerActor, ...customerReview(booking.id), text: "y".repeat(2000), wouldRecommend: false });
    expect(longest.review).toMatchObject({ wouldRecommend: false });
    expect(longest.review.text).toHaveLength(2000);
  });
});

describe("reviews of a completed bounty", () => {
  it("follow the same double-blind path, with the poster as customer and the accepted provider as provider", async () => {
    const parties = await makeParties();
    const bounty = await makeReviewableBounty(parties);

    const first = await submitReview({ actor: parties.customerActor, bountyId: bounty.id, rating: 5, quality: 5, punctuality: 5, communication: 5, value: 5 });
    expect(first.published).toBe(false);
    // Sealed from the provider until they review too.
    expect(await getReviewStatusForBounty({ actor: parties.providerActor, bountyId: bounty.id })).toMatchObject({ role: "PROVIDER", canReview: true, mine: null, theirs: null });
    expect((await listProviderReviews({ providerId: parties.provider.id })).data).toEqual([]);

    const second = await submitReview({ actor: parties.providerActor, bountyId: bounty.id, rating: 4 });
    expect(second.published).toBe(true);
    // Work hired and paid through Hearth (an accepted offer in escrow) is as verified as a booking.
    const listed = await listProviderReviews({ providerId: parties.provider.id });
    expect(listed.data).toEqual([expect.objectContaining({ id: first.review.id, verifiedBooking: true })]);
    const posterView = await getReviewStatusForBounty({ actor: parties.customerActor, bountyId: bounty.id });
    expect(posterView).toMatchObject({ role: "CUSTOMER", target: { kind: "bounty", id: bounty.id }, mine: { id: first.review.id }, theirs: { id: second.review.id, verifiedBooking: true } });
    expect(await storedProviderAggregates(db, parties.provider.id)).toMatchObject({ ratingCount: 1, ratingSum: 5, rating5: 1 });

    // The news of each published review leads to the bounty page's review section, for both sides.
    await settleDispatches();
    const news = await db.notification.findMany({
      where: { dedupeKey: { in: [first.review.id, second.review.id].map((id) => `review.published:${id}:subject`) } },
      select: { userId: true, link: true },
    });
    expect(news).toEqual(
      expect.arrayContaining([
        { userId: parties.provider.userId, link: `/bounties/${bounty.id}#review` },
        { userId: parties.customer.id, link: `/bounties/${bounty.id}#review` },
      ]),
    );
    expect(news).toHaveLength(2);
  });

  it("refuses strangers and reviews of a bounty nobody completed", async () => {
    const parties = await makeParties();
    const bounty = await makeReviewableBounty(parties);
    const stranger = actorOf(await makeCustomer());
    expect(await codeOf(submitReview({ actor: stranger, bountyId: bounty.id, rating: 3 }))).toBe("NOT_FOUND");
    expect(await codeOf(getReviewStatusForBounty({ actor: stranger, bountyId: bounty.id }))).toBe("NOT_FOUND");
    await db.bounty.update({ where: { id: bounty.id }, data: { status: "DISPUTED" } });
    expect(await codeOf(submitReview({ actor: parties.providerActor, bountyId: bounty.id, rating: 3 }))).toBe("INVALID_STATE");
    // Completed with no accepted offer (inconsistent data): nobody to review, a clear refusal rather than a database error.
    await db.bounty.update({ where: { id: bounty.id }, data: { status: "COMPLETED", acceptedOfferId: null } });
    expect(await codeOf(submitReview({ actor: parties.customerActor, bountyId: bounty.id, rating: 3, quality: 3, punctuality: 3, communication: 3, value: 3 }))).toBe("INVALID_STATE");
    expect(await db.review.count({ where: { bountyId: bounty.id } })).toBe(0);
  });
});
