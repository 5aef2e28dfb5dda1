import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { settleDispatches } from "../events/dispatch";
import { getBounty } from "../bounties/get-bounty";
import { listBounties } from "../bounties/list-bounties";
import { askQuestion } from "../bounties/ask-question";
import { submitOffer } from "../bounties/submit-offer";
import { bidder, post, poster, setEra, later } from "../bounties/test-helpers";
import { listConversations } from "../messaging/list-conversations";
import { listMessages } from "../messaging/list-messages";
import { sendMessage } from "../messaging/send-message";
import { makeInquiryPair } from "../messaging/testing/fixtures";
import { TINY_PNG } from "../messaging/testing/files";
import { getProvider } from "../providers/get-provider";
import { searchProviders } from "../search/search-providers";
import { makeAdmin, makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import { setupTestDatabase } from "../testing/test-database";
import { listProviderReviews } from "../reviews/list-provider-reviews";
import { submitReview } from "../reviews/submit-review";
import { customerReview, makeParties, makeReviewableBooking, providerReview } from "../reviews/test-fixtures";
import { listModerationQueue } from "./list-moderation-queue";
import { moderateContent } from "./moderate-content";
import { reportContent, reportProviderProfile } from "./report-content";

setupTestDatabase();
// An era of its own (see lib/bounties/test-helpers.ts): its bounties stay OPEN, so after the
// job-running files' eras and before the board test's.
setEra("2039-11-11T12:00:00Z");

const codeOf = (promise: Promise<unknown>) => promise.then(() => "OK", (error: { code?: string }) => error.code ?? String(error));
const actorOf = (user: { id: string; role: Actor["role"] }, providerId: string | null = null): Actor => ({ userId: user.id, role: user.role, isSuperAdmin: false, providerId });
const customer = async () => actorOf(await makeCustomer());
const provider = async () => {
  const p = await makeProvider();
  return actorOf(p.user, p.id);
};
const adminActor = async () => actorOf(await makeAdmin());

const notificationsOf = (userId: string, type: string) => db.notification.findMany({ where: { userId, type }, select: { title: true, dedupeKey: true } });
const inQueue = async (admin: Actor, targetId: string, query: Parameters<typeof listModerationQueue>[0] extends infer Q ? Omit<Q & object, "actor"> : never = {}) =>
  (await listModerationQueue({ actor: admin, pageSize: 100, ...query })).data.find((item) => item.targetId === targetId);

beforeAll(async () => {
  await makeCategoryTree();
});

describe("reporting and moderating a message", () => {
  it("lets only a participant who did not send it report it; hidden, participants see it removed; restored, it is back", async () => {
    const pair = await makeInquiryPair();
    const message = await sendMessage({ actor: pair.customerActor, conversationId: pair.conversationId, body: "Call me on 555 0100, pay cash", attachments: [{ name: "me.png", bytes: TINY_PNG }] });
    const admin = await adminActor();

    // Outsiders (another customer, another provider, an admin) get the conversation's 404; the sender a 403.
    for (const outsider of [await customer(), await provider(), admin]) {
      expect(await codeOf(reportContent({ actor: outsider, kind: "MESSAGE", targetId: message.id, reason: "Spam" }))).toBe("NOT_FOUND");
    }
    expect(await codeOf(reportContent({ actor: pair.customerActor, kind: "MESSAGE", targetId: message.id, reason: "Mine" }))).toBe("FORBIDDEN");
    expect(await codeOf(reportContent({ actor: pair.providerActor, kind: "MESSAGE", targetId: message.id, reason: "x" }))).toBe("VALIDATION_FAILED");
    expect(await codeOf(reportContent({ actor: pair.providerActor, kind: "MESSAGE", targetId: message.id, reason: "y".repeat(1_001) }))).toBe("VALIDATION_FAILED");
    const report = await reportContent({ actor: pair.providerActor, kind: "MESSAGE", targetId: message.id, reason: "Asks to pay off the platform" });
    // One report per user and target: a repeat is 409.
    expect(await codeOf(reportContent({ actor: pair.providerActor, kind: "MESSAGE", targetId: message.id, reason: "Again, louder" }))).toBe("CONFLICT");

    expect(await codeOf(listModerationQueue({ actor: pair.providerActor }))).toBe("FORBIDDEN");
    const queued = await inQueue(admin, message.id, { kind: "MESSAGE" });
    expect(queued).toMatchObject({ kind: "MESSAGE", reportCount: 1, hidden: false, link: null, reports: [{ id: report.reportId, reason: "Asks to pay off the platform", status: "OPEN" }] });
    expect(queued?.excerpt).toContain("pay cash (+1 attachment)");
    expect(await inQueue(admin, message.id, { kind: "BOUNTY" })).toBeUndefined();

    for (const notAdmin of [pair.customerActor, pair.providerActor, await customer()]) {
      expect(await codeOf(moderateContent({ actor: notAdmin, kind: "MESSAGE", targetId: message.id, action: "HIDE" }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(moderateContent({ actor: admin, kind: "MESSAGE", targetId: message.id, action: "RESTORE" }))).toBe("INVALID_STATE");
    await moderateContent({ actor: admin, kind: "MESSAGE", targetId: message.id, action: "HIDE", note: "Off-platform payment" });

    for (const participant of [pair.customerActor, pair.providerActor]) {
      const [shown] = (await listMessages({ actor: participant, conversationId: pair.conversationId })).data;
      expect(shown).toMatchObject({ id: message.id, removed: true, body: "", attachments: [] });
      expect((await listConversations({ actor: participant })).data.find((c) => c.id === pair.conversationId)?.lastMessage).toMatchObject({ excerpt: "Removed by a moderator", attachments: 0 });
    }
    expect(await codeOf(reportContent({ actor: pair.providerActor, kind: "MESSAGE", targetId: message.id, reason: "Still there?" }))).toBe("INVALID_STATE");
    expect(await inQueue(admin, message.id)).toBeUndefined();
    expect(await inQueue(admin, message.id, { status: "hidden" })).toMatchObject({ hidden: true, reports: [{ status: "HIDDEN", resolutionNote: "Off-platform payment" }] });
    expect(await codeOf(moderateContent({ actor: admin, kind: "MESSAGE", targetId: message.id, action: "HIDE" }))).toBe("INVALID_STATE");
    expect(await codeOf(moderateContent({ actor: admin, kind: "MESSAGE", targetId: message.id, action: "DISMISS" }))).toBe("INVALID_STATE");

    await settleDispatches();
    expect(await notificationsOf(pair.provider.userId, "moderation.report_resolved")).toEqual([expect.objectContaining({ title: "The message you reported was removed" })]);
    expect(await notificationsOf(pair.customer.id, "moderation.content_hidden")).toEqual([expect.objectContaining({ title: "Your message was removed by a moderator" })]);
    expect(await db.emailMessage.count({ where: { to: pair.customer.email, template: "moderation-content-hidden" } })).toBe(1);

    await moderateContent({ actor: admin, kind: "MESSAGE", targetId: message.id, action: "RESTORE" });
    const [back] = (await listMessages({ actor: pair.providerActor, conversationId: pair.conversationId })).data;
    expect(back).toMatchObject({ removed: false, body: expect.stringContaining("pay cash"), attachments: [expect.objectContaining({ fileName: "me.png" })] });
    expect(await inQueue(admin, message.id, { status: "dismissed" })).toMatchObject({ hidden: false, reports: [{ status: "DISMISSED" }] });

    await settleDispatches();
    expect(await notificationsOf(pair.customer.id, "moderation.content_restored")).toHaveLength(1);
    // Restoring does not tell the reporter again.
    expect(await notificationsOf(pair.provider.userId, "moderation.report_resolved")).toHaveLength(1);
    const audit = await db.auditLog.findMany({ where: { entityType: "Message", entityId: message.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "message.sent", actorId: pair.customer.id },
      { action: "message.reported", actorId: pair.provider.userId },
      { action: "message.hidden", actorId: admin.userId },
      { action: "message.restored", actorId: admin.userId },
    ]);
    expect(await db.outboxEvent.count({ where: { type: { in: ["message.hidden", "message.restored"] }, payload: { path: ["entity", "id"], equals: message.id } } })).toBe(2);
  });
});

describe("reporting and moderating a bounty", () => {
  it("takes reports from anyone but the poster; dismissal keeps it up; hidden, it leaves the board and is 404 but to its poster and admins", async () => {
    const p = await poster();
    const bounty = await post(p, { title: "Paint my fence, cash only" });
    const admin = await adminActor();
    const [reporterA, reporterB] = [await customer(), await provider()];
    const onBoard = async () => (await listBounties({ query: {}, now: later(1) })).data.some((b) => b.id === bounty.id);

    expect(await codeOf(reportContent({ actor: p, kind: "BOUNTY", targetId: bounty.id, reason: "My own" }))).toBe("FORBIDDEN");
    expect(await codeOf(reportContent({ actor: reporterA, kind: "BOUNTY", targetId: "missing", reason: "Nothing" }))).toBe("NOT_FOUND");
    await reportContent({ actor: reporterA, kind: "BOUNTY", targetId: bounty.id, reason: "Looks like a scam" });
    await reportContent({ actor: reporterB, kind: "BOUNTY", targetId: bounty.id, reason: "Wrong category" });
    await reportContent({ actor: admin, kind: "BOUNTY", targetId: bounty.id, reason: "Checking" });
    expect(await inQueue(admin, bounty.id)).toMatchObject({ kind: "BOUNTY", reportCount: 3, title: "Paint my fence, cash only", link: `/bounties/${bounty.id}` });

    // Dismissed: the reports close, it stays on the board, the reporters hear so.
    await moderateContent({ actor: admin, kind: "BOUNTY", targetId: bounty.id, action: "DISMISS" });
    expect(await onBoard()).toBe(true);
    expect(await inQueue(admin, bounty.id)).toBeUndefined();
    expect(await codeOf(moderateContent({ actor: admin, kind: "BOUNTY", targetId: bounty.id, action: "DISMISS" }))).toBe("INVALID_STATE");
    await settleDispatches();
    expect(await notificationsOf(reporterA.userId, "moderation.report_resolved")).toEqual([expect.objectContaining({ title: "We reviewed the bounty you reported" })]);
    expect(await notificationsOf(p.userId, "moderation.content_hidden")).toEqual([]);

    const reporterC = await customer();
    await reportContent({ actor: reporterC, kind: "BOUNTY", targetId: bounty.id, reason: "Really a scam" });
    await moderateContent({ actor: admin, kind: "BOUNTY", targetId: bounty.id, action: "HIDE" });
    expect(await onBoard()).toBe(false);
    for (const viewer of [null, reporterA, reporterB, await provider()]) expect(await codeOf(getBounty({ actor: viewer, bountyId: bounty.id }))).toBe("NOT_FOUND");
    expect(await getBounty({ actor: p, bountyId: bounty.id })).toMatchObject({ hiddenByModerator: true, viewerRole: "poster" });
    expect(await getBounty({ actor: admin, bountyId: bounty.id })).toMatchObject({ hiddenByModerator: true });
    expect(await codeOf(reportContent({ actor: await customer(), kind: "BOUNTY", targetId: bounty.id, reason: "Gone?" }))).toBe("NOT_FOUND");
    // Nor does it take new offers or questions from a page loaded before it was hidden.
    const latecomer = await bidder();
    expect(await codeOf(askQuestion({ actor: latecomer, bountyId: bounty.id, question: "Is the stain oil based?" }))).toBe("NOT_FOUND");
    expect(await codeOf(submitOffer({ actor: latecomer, bountyId: bounty.id, amount: 10_000, message: "Two coats this weekend, stain included.", etaDays: 2 }))).toBe("NOT_FOUND");
    await settleDispatches();
    expect(await notificationsOf(reporterC.userId, "moderation.report_resolved")).toEqual([expect.objectContaining({ title: "The bounty you reported was removed" })]);
    expect(await notificationsOf(p.userId, "moderation.content_hidden")).toHaveLength(1);

    await moderateContent({ actor: admin, kind: "BOUNTY", targetId: bounty.id, action: "RESTORE" });
    expect(await onBoard()).toBe(true);
    expect(await getBounty({ actor: null, bountyId: bounty.id })).toMatchObject({ hiddenByModerator: false });
  });
});

describe("reporting and moderating a provider profile", () => {
  it("takes reports from anyone but the owner; hidden, it leaves search (cache included) and its page is 404 but to the owner and admins", async () => {
    const word = `zq${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 8)}ova`;
    const profile = await makeProvider({ businessName: `${word} Roofing` });
    const owner = actorOf(profile.user, profile.id);
    const admin = await adminActor();
    const reporter = await customer();
    const found = async () => (await searchProviders({ q: word })).data.map((c) => c.id);

    expect(await found()).toEqual([profile.id]); // also fills the search cache
    expect(await codeOf(reportContent({ actor: owner, kind: "PROVIDER_PROFILE", targetId: profile.id, reason: "My own profile" }))).toBe("FORBIDDEN");
    expect(await codeOf(reportProviderProfile({ actor: reporter, slug: "no-such-slug", reason: "Nothing" }))).toBe("NOT_FOUND");
    await reportProviderProfile({ actor: reporter, slug: profile.slug, reason: "Fake business" });
    expect(await codeOf(reportProviderProfile({ actor: reporter, slug: profile.slug, reason: "Fake business" }))).toBe("CONFLICT");
    await reportContent({ actor: await provider(), kind: "PROVIDER_PROFILE", targetId: profile.id, reason: "Copied my photos" });
    expect(await inQueue(admin, profile.id, { kind: "PROVIDER_PROFILE" })).toMatchObject({ reportCount: 2, link: `/providers/${profile.slug}` });

    await moderateContent({ actor: admin, kind: "PROVIDER_PROFILE", targetId: profile.id, action: "HIDE" });
    await settleDispatches();
    expect(await found()).toEqual([]);
    for (const viewer of [null, reporter, await provider()]) expect(await codeOf(getProvider({ slug: profile.slug, viewer }))).toBe("NOT_FOUND");
    expect(await getProvider({ slug: profile.slug, viewer: owner })).toMatchObject({ hiddenByModerator: true, listed: false });
    expect(await getProvider({ slug: profile.slug, viewer: admin })).toMatchObject({ hiddenByModerator: true });
    // Its reviews go with it (GET /api/reviews?slug=…), but to the owner and admins.
    expect(await codeOf(listProviderReviews({ slug: profile.slug, actor: reporter }))).toBe("NOT_FOUND");
    expect(await codeOf(listProviderReviews({ slug: profile.slug }))).toBe("NOT_FOUND");
    for (const viewer of [owner, admin]) expect(await listProviderReviews({ slug: profile.slug, actor: viewer })).toMatchObject({ data: [] });
    expect(await notificationsOf(reporter.userId, "moderation.report_resolved")).toHaveLength(1);
    expect(await notificationsOf(profile.userId, "moderation.content_hidden")).toEqual([expect.objectContaining({ title: "Your provider profile was removed by a moderator" })]);

    await moderateContent({ actor: admin, kind: "PROVIDER_PROFILE", targetId: profile.id, action: "RESTORE" });
    await settleDispatches();
    expect(await found()).toEqual([profile.id]);
    expect(await getProvider({ slug: profile.slug, viewer: null })).toMatchObject({ hiddenByModerator: false, listed: true });
    expect(await listProviderReviews({ slug: profile.slug })).toMatchObject({ data: [] });
    expect(await notificationsOf(profile.userId, "moderation.content_restored")).toHaveLength(1);
  });
});

describe("reviews in the unified queue", () => {
  it("queues review reports with the others; dismissing tells the reporters, hiding tells the author", async () => {
    const parties = await makeParties();
    const booking = await makeReviewableBooking(parties);
    const { review } = await submitReview({ actor: parties.customerActor, ...customerReview(booking.id) });
    await submitReview({ actor: parties.providerActor, ...providerReview(booking.id) });
    const admin = await adminActor();
    const reporter = await customer();

    expect(await codeOf(reportContent({ actor: parties.customerActor, kind: "REVIEW", targetId: review.id, reason: "My own review" }))).toBe("FORBIDDEN");
    await reportContent({ actor: reporter, kind: "REVIEW", targetId: review.id, reason: "Not about the service" });
    expect(await codeOf(reportContent({ actor: reporter, kind: "REVIEW", targetId: review.id, reason: "Not about the service" }))).toBe("CONFLICT");
    expect(await inQueue(admin, review.id, { kind: "REVIEW" })).toMatchObject({ kind: "REVIEW", reportCount: 1, hidden: false });
    expect(await inQueue(admin, review.id, { kind: "MESSAGE" })).toBeUndefined();

    await moderateContent({ actor: admin, kind: "REVIEW", targetId: review.id, action: "DISMISS" });
    await settleDispatches();
    expect(await notificationsOf(reporter.userId, "moderation.report_resolved")).toEqual([expect.objectContaining({ title: "We reviewed the review you reported" })]);

    await moderateContent({ actor: admin, kind: "REVIEW", targetId: review.id, action: "HIDE" });
    expect(await codeOf(moderateContent({ actor: admin, kind: "REVIEW", targetId: review.id, action: "DISMISS" }))).toBe("INVALID_STATE");
    await settleDispatches();
    expect(await notificationsOf(parties.customer.id, "moderation.content_hidden")).toEqual([expect.objectContaining({ title: "Your review was removed by a moderator" })]);
    expect(await db.outboxEvent.count({ where: { type: "review.hidden", payload: { path: ["entity", "id"], equals: review.id } } })).toBe(1);
  });
});
