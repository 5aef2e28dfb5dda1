import { db } from "../core/db";
import { settleDispatches } from "../events/dispatch";
import { subscribeToUser, type StreamEnvelope } from "../realtime/publish";
import { setupTestDatabase } from "../testing/test-database";
import { acceptOffer } from "./accept-offer";
import { approveWork } from "./approve-work";
import { askQuestion } from "./ask-question";
import { cancelBounty } from "./cancel-bounty";
import { disputeBounty } from "./dispute-bounty";
import { requestChanges } from "./request-changes";
import { admin, bidder, GOOD_CARD, later, now, offerOn, post, poster, submitted, setEra, assigned } from "./test-helpers";

setupTestDatabase();
setEra("2035-09-09T12:00:00Z");

/** What each user received about this bounty: [type, channel] pairs, after every handler ran. */
async function received(bountyId: string, userId: string) {
  await settleDispatches();
  const events = await db.outboxEvent.findMany({ where: { payload: { path: ["data", "bountyId"], equals: bountyId } }, select: { id: true } });
  const undelivered = await db.eventDelivery.count({ where: { eventId: { in: events.map((e) => e.id) }, status: { not: "DELIVERED" } } });
  expect(undelivered).toBe(0);
  const ids = events.map((e) => e.id);
  const keyed = (key: string) => ids.some((id) => key.includes(`:${id}:`)) && key.endsWith(`:${userId}`);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  const emails = (await db.emailMessage.findMany({ where: { to: user.email }, select: { dedupeKey: true, template: true, text: true } })).filter((e) => keyed(e.dedupeKey));
  const notes = (await db.notification.findMany({ where: { userId }, select: { dedupeKey: true, type: true, link: true, body: true } })).filter((n) => keyed(n.dedupeKey));
  return { emails, notes, kinds: [...emails.map((e) => `email:${e.template}`), ...notes.map((n) => `note:${n.type}`)].sort() };
}

describe("bounty emails and notifications", () => {
  it("tell the poster about offers and questions, and every bidder about the outcome", async () => {
    const p = await poster();
    const [a, b] = [await bidder(), await bidder()];
    const bounty = await post(p);
    await askQuestion({ actor: a, bountyId: bounty.id, question: "Which hinges do you have?" });
    const offerA = (await offerOn(a, bounty.id)).myOffer!.id;
    await offerOn(b, bounty.id, 17_000);
    await acceptOffer({ actor: p, bountyId: bounty.id, offerId: offerA, paymentMethod: GOOD_CARD, now: now() });

    const toPoster = await received(bounty.id, p.userId);
    expect(toPoster.kinds).toEqual(
      [
        "email:bounty-question-asked",
        "email:offer-submitted",
        "email:offer-submitted",
        "note:bounty.posted",
        "note:bounty.question_asked",
        "note:offer.accepted",
        "note:offer.submitted",
        "note:offer.submitted",
      ].sort(),
    );
    expect(toPoster.emails.find((e) => e.template === "bounty-question-asked")?.text).toContain("Which hinges do you have?");
    expect(toPoster.notes.every((n) => n.link === `/bounties/${bounty.id}`)).toBe(true);

    expect((await received(bounty.id, a.userId)).kinds).toEqual(["email:offer-accepted", "note:offer.accepted"]);
    const loser = await received(bounty.id, b.userId);
    expect(loser.kinds).toEqual(["email:offer-declined", "note:offer.declined"]);
    expect(loser.emails[0].text).toContain("chose another offer");
  });

  it("carry the work's progress and the money to the right party", async () => {
    const s = await submitted();
    await requestChanges({ actor: s.poster, bountyId: s.bountyId, reason: "The latch still sticks when it rains." });
    const toProvider = await received(s.bountyId, s.provider.userId);
    expect(toProvider.emails.find((e) => e.template === "bounty-changes-requested")?.text).toContain("The latch still sticks when it rains.");
    expect((await received(s.bountyId, s.poster.userId)).kinds).toContain("email:bounty-submitted");

    const { submitWork } = await import("./submit-work");
    await submitWork({ actor: s.provider, bountyId: s.bountyId, notes: "Latch replaced as well.", now: later(2) });
    await approveWork({ actor: s.poster, bountyId: s.bountyId, now: later(3) });
    const paid = await received(s.bountyId, s.provider.userId);
    expect(paid.kinds).toEqual(expect.arrayContaining(["email:bounty-released", "note:bounty.released", "note:bounty.completed"]));
    // $180.00 less the 15% fee.
    expect(paid.emails.find((e) => e.template === "bounty-released")?.text).toContain("$153.00");
  });

  it("ask the other party to confirm a cancellation, and tell support about disputes", async () => {
    const s = await assigned();
    await cancelBounty({ actor: s.poster, bountyId: s.bountyId });
    expect((await received(s.bountyId, s.provider.userId)).kinds).toEqual(["email:bounty-cancel-requested", "email:offer-accepted", "note:bounty.cancel_requested", "note:offer.accepted"].sort());
    expect((await received(s.bountyId, s.poster.userId)).kinds).not.toContain("email:bounty-cancel-requested");

    const support = await admin();
    await disputeBounty({ actor: s.provider, bountyId: s.bountyId, reason: "The poster changed the job after I started." });
    expect((await received(s.bountyId, s.poster.userId)).kinds).toContain("email:bounty-disputed");
    const toSupport = await received(s.bountyId, support.userId);
    expect(toSupport.notes).toEqual([expect.objectContaining({ type: "bounty.disputed", link: "/admin/disputes" })]);
  });

  it("refresh the open pages of the poster and the bidders", async () => {
    const p = await poster();
    const a = await bidder();
    const bounty = await post(p);
    const seen: StreamEnvelope[] = [];
    const stop = await subscribeToUser(p.userId, (e) => seen.push(e));
    await offerOn(a, bounty.id);
    await settleDispatches();
    // The in-memory bus delivers on the next turn, like Redis would.
    await new Promise((resolve) => setImmediate(resolve));
    await stop();
    expect(seen).toEqual(expect.arrayContaining([expect.objectContaining({ type: "bounty", data: { bountyId: bounty.id, event: "offer.submitted" } })]));
  });
});
