import { createRng } from "../../prisma/seed/random";
import { db } from "../core/db";
import { isAppError } from "../core/errors";
import { makeCustomer } from "../testing/factories";
import { setupTestDatabase } from "../testing/test-database";
import { assertProviderAggregates, computeProviderAggregates, recomputeProviderAggregates, storedProviderAggregates } from "./aggregates";
import { moderateReview } from "./moderate-review";
import { publishExpiredReviews } from "./publish-expired-reviews";
import { reportReview } from "./report-review";
import { submitReview } from "./submit-review";
import { actorOf, customerReview, daysAgo, makeAdminActor, makeParties, makeReviewableBooking, providerReview } from "./test-fixtures";

setupTestDatabase();

/** The aggregates recomputed here from the Review rows, independently of aggregates.ts. */
async function fromReviewRows(providerUserId: string) {
  const reviews = await db.review.findMany({ where: { subjectId: providerUserId }, select: { direction: true, rating: true, publishedAt: true, hiddenAt: true } });
  const counted = reviews.filter((r) => r.direction === "CUSTOMER_TO_PROVIDER" && r.publishedAt !== null && r.hiddenAt === null).map((r) => r.rating);
  const histogram = [1, 2, 3, 4, 5].map((stars) => counted.filter((r) => r === stars).length);
  return {
    ratingCount: counted.length,
    ratingSum: counted.reduce((a, b) => a + b, 0),
    rating1: histogram[0],
    rating2: histogram[1],
    rating3: histogram[2],
    rating4: histogram[3],
    rating5: histogram[4],
  };
}

/** Errors the operations may legitimately answer (already reviewed, not published yet, already hidden …). */
async function attempt(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (isAppError(error) && ["CONFLICT", "INVALID_STATE", "NOT_FOUND", "FORBIDDEN"].includes(error.code)) return false;
    throw error;
  }
}

describe("provider rating aggregates", () => {
  it.each([11, 29, 2026])("match the reviews after a random sequence of submit, publish, hide and restore (seed %i)", async (seed) => {
    const rng = createRng(seed);
    const parties = await makeParties();
    const admin = await makeAdminActor();
    const reporter = actorOf(await makeCustomer());
    // Several bookings, some with other customers, all completed a few days ago.
    const customers = [parties, { ...parties, customer: await makeCustomer() }, { ...parties, customer: await makeCustomer() }].map((p) => ({ ...p, customerActor: actorOf(p.customer) }));
    const bookings = [];
    for (let i = 0; i < 6; i++) {
      const who = rng.pick(customers);
      bookings.push({ who, booking: await makeReviewableBooking(who, { completedAt: daysAgo(rng.int(1, 10)) }) });
    }

    const applied: Record<string, number> = {};
    for (let step = 0; step < 60; step++) {
      const op = rng.weighted([["customer", 4], ["provider", 3], ["expire", 1], ["hide", 2], ["restore", 2], ["report", 1]] as const);
      const { who, booking } = rng.pick(bookings);
      const reviews = await db.review.findMany({ where: { bookingId: { in: bookings.map((b) => b.booking.id) } }, select: { id: true, publishedAt: true, hiddenAt: true } });
      // Mostly aim moderation at reviews it applies to, sometimes at any review (which must be refused).
      const visible = reviews.filter((r) => r.publishedAt && !r.hiddenAt);
      const hidden = reviews.filter((r) => r.hiddenAt);
      const aim = (preferred: typeof reviews) => (preferred.length && rng.chance(0.8) ? rng.pick(preferred) : reviews.length ? rng.pick(reviews) : null)?.id ?? "none";
      const ok = await attempt(async () => {
        switch (op) {
          case "customer":
            return submitReview({ actor: who.customerActor, ...customerReview(booking.id, rng.int(1, 5)) });
          case "provider":
            return submitReview({ actor: who.providerActor, ...providerReview(booking.id, rng.int(1, 5)) });
          case "expire":
            // Time passes for this booking: its window closes and the scheduler publishes what is sealed.
            await db.booking.update({ where: { id: booking.id }, data: { completedAt: daysAgo(15) } });
            return publishExpiredReviews();
          case "hide":
            return moderateReview({ actor: admin, reviewId: aim(visible), action: "HIDE" });
          case "restore":
            return moderateReview({ actor: admin, reviewId: aim(hidden), action: "RESTORE" });
          case "report":
            return reportReview({ actor: reporter, reviewId: aim(visible), reason: "Please check this one" });
        }
      });
      if (ok) applied[op] = (applied[op] ?? 0) + 1;
      expect(await storedProviderAggregates(db, parties.provider.id)).toEqual(await fromReviewRows(parties.provider.userId));
    }

    // The sequence exercised every kind of change, so the invariant was tested against each.
    expect(Object.keys(applied).sort()).toEqual(expect.arrayContaining(["customer", "hide", "provider", "restore"]));
    const expected = await fromReviewRows(parties.provider.userId);
    expect(await computeProviderAggregates(db, parties.provider.id)).toEqual(expected);
    await expect(assertProviderAggregates(db, parties.provider.id)).resolves.toEqual(expected);
  });

  it("detects drift, and the repair tool recomputes the stored numbers", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties);
    await submitReview({ actor: parties.customerActor, ...customerReview(booking.id, 2) });
    await submitReview({ actor: parties.providerActor, ...providerReview(booking.id) });
    await db.providerProfile.update({ where: { id: parties.provider.id }, data: { ratingCount: 7, rating5: 7 } });

    await expect(assertProviderAggregates(db, parties.provider.id)).rejects.toMatchObject({ code: "INTERNAL" });
    const repaired = await db.$transaction((tx) => recomputeProviderAggregates(tx, parties.provider.id));
    expect(repaired).toEqual({ ratingCount: 1, ratingSum: 2, rating1: 0, rating2: 1, rating3: 0, rating4: 0, rating5: 0 });
    await expect(assertProviderAggregates(db, parties.provider.id)).resolves.toEqual(repaired);
  });
});
