import { db } from "../core/db";
import { settleDispatches } from "../events/dispatch";
import { makeCustomer } from "../testing/factories";
import { setupTestDatabase } from "../testing/test-database";
import { reportReview } from "./report-review";
import { submitReview } from "./submit-review";
import { actorOf, customerReview, makeAdminActor, makeParties, makeReviewableBooking, providerReview } from "./test-fixtures";

setupTestDatabase();

const notificationsOf = (userId: string, type: string) => db.notification.findMany({ where: { userId, type }, select: { title: true, body: true, link: true } });

describe("review notifications", () => {
  it("tells the subject of a sealed first review that it exists, never what it says, once", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties);
    await submitReview({ actor: parties.customerActor, ...customerReview(booking.id, 2) });
    await settleDispatches();

    const [nudge, ...more] = await notificationsOf(parties.provider.user.id, "review.submitted");
    expect(more).toEqual([]);
    expect(nudge.link).toBe(`/dashboard/reviews/${booking.id}`);
    expect(nudge.body).toMatch(/^Write yours by .+ to see theirs/);
    const emails = await db.emailMessage.findMany({ where: { to: parties.provider.user.email, template: "review-submitted" } });
    expect(emails).toHaveLength(1);
    // Double-blind: neither the stars nor the words leak before the subject has reviewed.
    for (const text of [nudge.title, nudge.body, emails[0].text, emails[0].subject]) {
      expect(text).not.toContain("Careful and on time");
      expect(text).not.toMatch(/\b2 (out of 5|stars?)\b/);
    }
  });

  it("sends no nudge for the second review of a pair, which publishes both instead", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties);
    await submitReview({ actor: parties.providerActor, ...providerReview(booking.id) });
    await settleDispatches();
    await submitReview({ actor: parties.customerActor, ...customerReview(booking.id) });
    await settleDispatches();

    expect(await notificationsOf(parties.customer.id, "review.submitted")).toHaveLength(1); // from the provider's first review
    expect(await notificationsOf(parties.provider.user.id, "review.submitted")).toEqual([]);
    expect(await notificationsOf(parties.provider.user.id, "review.published")).toHaveLength(1);
  });

  it("puts a report in every admin's bell, linking to the moderation queue", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties);
    const reported = await submitReview({ actor: parties.customerActor, ...customerReview(booking.id) });
    await submitReview({ actor: parties.providerActor, ...providerReview(booking.id) });
    const admin = await makeAdminActor();
    const reporter = actorOf(await makeCustomer());
    await reportReview({ actor: reporter, reviewId: reported.review.id, reason: "Mentions a phone number" });
    await settleDispatches();

    expect(await notificationsOf(admin.userId, "review.reported")).toEqual([
      { title: "A review was reported", body: expect.stringContaining('"Mentions a phone number"'), link: "/admin/reviews" },
    ]);
    expect(await notificationsOf(reporter.userId, "review.reported")).toEqual([]);
  });
});
