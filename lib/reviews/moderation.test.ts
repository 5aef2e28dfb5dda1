import { db } from "../core/db";
import { settleDispatches } from "../events/dispatch";
import { makeCustomer, makeProvider } from "../testing/factories";
import { setupTestDatabase } from "../testing/test-database";
import { storedProviderAggregates } from "./aggregates";
import { getReviewStatusForBooking } from "./get-review-status-for-booking";
import { listModerationQueue } from "./list-moderation-queue";
import { listProviderReviews } from "./list-provider-reviews";
import { moderateReview } from "./moderate-review";
import { replyToReview } from "./reply-to-review";
import { reportReview } from "./report-review";
import { submitReview } from "./submit-review";
import { actorOf, customerReview, makeAdminActor, makeParties, makeReviewableBooking, providerReview } from "./test-fixtures";

setupTestDatabase();

const codeOf = (promise: Promise<unknown>) => promise.then(() => "OK", (error: { code?: string }) => error.code ?? String(error));

/** A booking whose two reviews are published: the customer's (rating stars) and the provider's. */
async function publishedPair(rating = 4) {
  const parties = await makeParties();
  const booking = await makeReviewableBooking(parties);
  const ofProvider = await submitReview({ actor: parties.customerActor, ...customerReview(booking.id, rating) });
  const ofCustomer = await submitReview({ actor: parties.providerActor, ...providerReview(booking.id) });
  return { ...parties, booking, ofProvider: ofProvider.review, ofCustomer: ofCustomer.review };
}

describe("replyToReview", () => {
  it("lets only the reviewed provider reply, once, and only after publication", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties);
    const { review } = await submitReview({ actor: parties.customerActor, ...customerReview(booking.id) });

    // Sealed: the provider cannot even see it yet.
    expect(await codeOf(replyToReview({ actor: parties.providerActor, reviewId: review.id, reply: "Thanks!" }))).toBe("NOT_FOUND");
    // The author sees it, but is not the one to reply.
    expect(await codeOf(replyToReview({ actor: parties.customerActor, reviewId: review.id, reply: "Me too" }))).toBe("FORBIDDEN");

    const { review: theirs } = await submitReview({ actor: parties.providerActor, ...providerReview(booking.id) });
    const otherProvider = await makeProvider();
    expect(await codeOf(replyToReview({ actor: actorOf(otherProvider.user, otherProvider.id), reviewId: review.id, reply: "Hi" }))).toBe("FORBIDDEN");
    expect(await codeOf(replyToReview({ actor: parties.customerActor, reviewId: review.id, reply: "Hi" }))).toBe("FORBIDDEN");
    // A review of the customer gets no reply from the customer either: replies are the provider's right.
    expect(await codeOf(replyToReview({ actor: parties.customerActor, reviewId: theirs.id, reply: "Hi" }))).toBe("FORBIDDEN");
    expect(await codeOf(replyToReview({ actor: parties.providerActor, reviewId: review.id, reply: "   " }))).toBe("VALIDATION_FAILED");

    const replied = await replyToReview({ actor: parties.providerActor, reviewId: review.id, reply: "  Thank you, Robin!  " });
    expect(replied).toMatchObject({ reply: "Thank you, Robin!", repliedAt: expect.any(String) });
    expect(await codeOf(replyToReview({ actor: parties.providerActor, reviewId: review.id, reply: "Again" }))).toBe("CONFLICT");
    expect((await listProviderReviews({ providerId: parties.provider.id })).data[0]).toMatchObject({ id: review.id, reply: "Thank you, Robin!" });

    await settleDispatches();
    const notification = await db.notification.findUnique({ where: { dedupeKey: `review.replied:${review.id}:author` } });
    expect(notification).toMatchObject({ userId: parties.customer.id, type: "review.replied", link: `/providers/${parties.provider.slug}#reviews` });
    const audit = await db.auditLog.findMany({ where: { entityType: "Review", entityId: review.id }, select: { action: true, actorId: true } });
    expect(audit).toEqual(expect.arrayContaining([{ action: "review.replied", actorId: parties.provider.userId }]));
  });
});

describe("reporting and moderation", () => {
  it("queues a reported review; an admin hides it (audit, reports resolved, aggregates down) and restores it", async () => {
    const pair = await publishedPair(5);
    const admin = await makeAdminActor();
    const reporterA = actorOf(await makeCustomer());
    const reporterB = actorOf(await makeCustomer());

    // The author cannot report their own review; everyone else can, once.
    expect(await codeOf(reportReview({ actor: pair.customerActor, reviewId: pair.ofProvider.id, reason: "Mine" }))).toBe("FORBIDDEN");
    expect(await codeOf(reportReview({ actor: reporterA, reviewId: pair.ofProvider.id, reason: "x" }))).toBe("VALIDATION_FAILED");
    const report = await reportReview({ actor: reporterA, reviewId: pair.ofProvider.id, reason: "Contains a phone number" });
    expect(await codeOf(reportReview({ actor: reporterA, reviewId: pair.ofProvider.id, reason: "Again, louder" }))).toBe("CONFLICT");
    await reportReview({ actor: reporterB, reviewId: pair.ofProvider.id, reason: "Not about the service" });
    expect((await db.review.findUniqueOrThrow({ where: { id: pair.ofProvider.id } })).reportCount).toBe(2);
    expect((await listProviderReviews({ providerId: pair.provider.id, actor: reporterA })).data[0].reportedByViewer).toBe(true);

    expect(await codeOf(listModerationQueue({ actor: reporterA }))).toBe("FORBIDDEN");
    const queued = (await listModerationQueue({ actor: admin })).find((r) => r.id === pair.ofProvider.id);
    expect(queued?.reports.map((r) => [r.reason, r.status])).toEqual([
      ["Contains a phone number", "OPEN"],
      ["Not about the service", "OPEN"],
    ]);
    expect(await codeOf(moderateReview({ actor: reporterA, reviewId: pair.ofProvider.id, action: "HIDE" }))).toBe("FORBIDDEN");
    expect(await storedProviderAggregates(db, pair.provider.id)).toMatchObject({ ratingCount: 1, ratingSum: 5, rating5: 1 });

    const hidden = await moderateReview({ actor: admin, reviewId: pair.ofProvider.id, action: "HIDE", note: "Personal data" });
    expect(hidden.hiddenAt).not.toBeNull();
    expect(hidden.reports.every((r) => r.status === "HIDDEN" && r.resolvedAt !== null)).toBe(true);
    expect((await db.contentReport.findUniqueOrThrow({ where: { id: report.reportId } })).resolvedBy).toBe(admin.userId);
    expect(await storedProviderAggregates(db, pair.provider.id)).toMatchObject({ ratingCount: 0, ratingSum: 0, rating5: 0 });
    expect((await listProviderReviews({ providerId: pair.provider.id })).data).toEqual([]);
    expect((await getReviewStatusForBooking({ actor: pair.providerActor, bookingId: pair.booking.id })).theirs).toBeNull();
    expect((await getReviewStatusForBooking({ actor: pair.customerActor, bookingId: pair.booking.id })).mine).toMatchObject({ hidden: true });
    expect((await listModerationQueue({ actor: admin })).some((r) => r.id === pair.ofProvider.id)).toBe(false);
    expect((await listModerationQueue({ actor: admin, view: "hidden" })).some((r) => r.id === pair.ofProvider.id)).toBe(true);
    // Hidden reviews can be neither reported nor hidden again.
    expect(await codeOf(reportReview({ actor: actorOf(await makeCustomer()), reviewId: pair.ofProvider.id, reason: "Still bad" }))).toBe("NOT_FOUND");
    expect(await codeOf(moderateReview({ actor: admin, reviewId: pair.ofProvider.id, action: "HIDE" }))).toBe("INVALID_STATE");

    await moderateReview({ actor: admin, reviewId: pair.ofProvider.id, action: "RESTORE" });
    expect(await storedProviderAggregates(db, pair.provider.id)).toMatchObject({ ratingCount: 1, ratingSum: 5, rating5: 1 });
    expect((await listProviderReviews({ providerId: pair.provider.id })).data.map((r) => r.id)).toEqual([pair.ofProvider.id]);
    expect(await codeOf(moderateReview({ actor: admin, reviewId: pair.ofProvider.id, action: "RESTORE" }))).toBe("INVALID_STATE");

    const audit = await db.auditLog.findMany({ where: { entityType: "Review", entityId: pair.ofProvider.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true, actorId: true, data: true } });
    expect(audit.filter((a) => a.action.startsWith("review.")).map((a) => a.action)).toEqual(["review.submitted", "review.reported", "review.reported", "review.hidden", "review.restored"]);
    expect(audit.find((a) => a.action === "review.hidden")).toMatchObject({ actorId: admin.userId, data: { note: "Personal data" } });
  });

  it("keeps a reported review up when the admin restores it, dismissing the reports; sealed reviews cannot be reported", async () => {
    const pair = await publishedPair(3);
    const admin = await makeAdminActor();
    const reporter = actorOf(await makeCustomer());
    await reportReview({ actor: reporter, reviewId: pair.ofCustomer.id, reason: "Unfair to the customer" });

    const kept = await moderateReview({ actor: admin, reviewId: pair.ofCustomer.id, action: "RESTORE" });
    expect(kept).toMatchObject({ hiddenAt: null, reports: [expect.objectContaining({ status: "DISMISSED" })] });
    expect(await db.auditLog.count({ where: { entityId: pair.ofCustomer.id, action: "review.reports_dismissed" } })).toBe(1);
    // A review of a customer never touches the provider's rating.
    await moderateReview({ actor: admin, reviewId: pair.ofCustomer.id, action: "HIDE" });
    expect(await storedProviderAggregates(db, pair.provider.id)).toMatchObject({ ratingCount: 1, ratingSum: 3 });

    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties);
    const { review } = await submitReview({ actor: parties.customerActor, ...customerReview(booking.id) });
    expect(await codeOf(reportReview({ actor: reporter, reviewId: review.id, reason: "Can't see it yet" }))).toBe("NOT_FOUND");
    expect(await codeOf(moderateReview({ actor: admin, reviewId: review.id, action: "HIDE" }))).toBe("INVALID_STATE");
  });
});
