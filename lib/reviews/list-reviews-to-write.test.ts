import { setupTestDatabase } from "../testing/test-database";
import { listReviewsToWrite } from "./list-reviews-to-write";
import { submitReview } from "./submit-review";
import { customerReview, daysAgo, makeParties, makeReviewableBooking, makeReviewableBounty } from "./test-fixtures";

setupTestDatabase();

describe("listReviewsToWrite", () => {
  it("lists the completed bookings and bounties each side can still review, oldest first, with where to review them", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties, { completedAt: daysAgo(3) });
    const bounty = await makeReviewableBounty(parties, { completedAt: daysAgo(5) });
    const reviewed = await makeReviewableBooking(parties, { completedAt: daysAgo(2) });
    await submitReview({ actor: parties.providerActor, bookingId: reviewed.id, rating: 5 });
    await makeReviewableBooking(parties, { completedAt: daysAgo(15) }); // window closed
    await makeReviewableBooking(parties, { status: "CONFIRMED" }); // not done yet

    const forProvider = await listReviewsToWrite({ actor: parties.providerActor, as: "provider" });
    expect(forProvider).toEqual([
      expect.objectContaining({
        target: { kind: "bounty", id: bounty.id },
        title: "Fix the fence",
        counterpartName: "Robin Reviewer",
        href: `/bounties/${bounty.id}#review`,
      }),
      expect.objectContaining({ target: { kind: "booking", id: booking.id }, counterpartName: "Robin Reviewer", href: `/dashboard/reviews/${booking.id}` }),
    ]);
    expect(forProvider[0].deadline).toBe(new Date(Date.parse(forProvider[0].completedAt) + 14 * 86_400_000).toISOString());

    // Once the customer reviewed `booking`, they still owe the other two: the provider's review of `reviewed` is not theirs.
    await submitReview({ actor: parties.customerActor, ...customerReview(booking.id) });
    const forCustomer = await listReviewsToWrite({ actor: parties.customerActor, as: "customer" });
    expect(forCustomer.map((item) => [item.target.kind, item.target.id, item.href])).toEqual([
      ["bounty", bounty.id, `/bounties/${bounty.id}#review`],
      ["booking", reviewed.id, `/account/bookings/${reviewed.id}`],
    ]);
    expect(forCustomer[0].counterpartName).toBe(parties.provider.businessName);
  });
});
