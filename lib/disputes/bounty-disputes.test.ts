import { db } from "../core/db";
import { disputeBounty } from "../bounties/dispute-bounty";
import { getBounty } from "../bounties/get-bounty";
import { admin, appError, bidder, expectLedgerBalanced, later, paymentLedger, payable, setEra, submitted, withTemporaryStorage } from "../bounties/test-helpers";
import { setupTestDatabase } from "../testing/test-database";
import { addDisputeMessage } from "./add-dispute-message";
import { answerDisputeProposal } from "./answer-dispute-proposal";
import { getDispute } from "./get-dispute";
import { listDisputes } from "./list-disputes";
import { proposeDisputeRefund } from "./propose-dispute-refund";
import { PNG } from "./test-helpers";
import { uploadDisputeEvidence } from "./upload-dispute-evidence";

setupTestDatabase();
setEra("2041-04-04T12:00:00Z");
withTemporaryStorage();

const REASON = "The shelves are not level and one bracket is loose.";

async function disputed() {
  const s = await submitted();
  await disputeBounty({ actor: s.poster, bountyId: s.bountyId, reason: REASON, now: later(2) });
  const row = await db.dispute.findFirstOrThrow({ where: { bountyId: s.bountyId }, select: { id: true } });
  return { ...s, disputeId: row.id };
}

describe("bounty disputes on the Dispute model", () => {
  it("open as a Dispute row the assigned provider answers, with evidence, and join support's one list", async () => {
    const s = await disputed();
    const opened = await getDispute({ actor: s.poster, disputeId: s.disputeId });
    expect(opened).toMatchObject({ status: "AWAITING_RESPONSE", subject: { kind: "bounty", id: s.bountyId }, openedBy: "customer", reason: REASON, paidAmount: 18_000 });
    await expect(getDispute({ actor: await bidder(), disputeId: s.disputeId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await uploadDisputeEvidence({ actor: s.provider, disputeId: s.disputeId, bytes: PNG, fileName: "shelf.png" });
    const answered = await addDisputeMessage({ actor: s.provider, disputeId: s.disputeId, body: "The wall is crooked; the shelves are level." });
    expect(answered).toMatchObject({ status: "OPEN", evidence: [{ author: "provider" }], messages: [{ author: "provider" }] });

    const queue = await listDisputes({ actor: await admin() });
    expect(queue.find((d) => d.id === s.disputeId)).toMatchObject({ kind: "bounty", subjectId: s.bountyId, evidenceCount: 1, messageCount: 1 });
    // The bounty page keeps its summary.
    expect(await getBounty({ actor: s.poster, bountyId: s.bountyId })).toMatchObject({ status: "DISPUTED", disputeReason: REASON });
  });

  it("settle by an accepted proposal: the escrow splits as agreed and the Dispute closes", async () => {
    const s = await disputed();
    const proposed = await proposeDisputeRefund({ actor: s.provider, disputeId: s.disputeId, refundAmount: 5_000, note: "I'll refund part" });
    const proposalId = proposed.proposals[0].id;
    expect((await appError(answerDisputeProposal({ actor: s.provider, proposalId, answer: "accept" }))).code).toBe("FORBIDDEN");
    const done = await answerDisputeProposal({ actor: s.poster, proposalId, answer: "accept", now: later(3) });
    expect(done).toMatchObject({ status: "RESOLVED", resolution: "partial_refund", refundAmount: 5_000, releasedAmount: 13_000, proposals: [{ status: "ACCEPTED" }] });
    expect(await getBounty({ actor: s.poster, bountyId: s.bountyId })).toMatchObject({ status: "COMPLETED" });
    expect(await paymentLedger(s.paymentId)).toMatchObject({ held: 0, released: 13_000, refunded: 5_000 });
    expect(await payable(s.provider.providerId)).toBeGreaterThan(0);
    await expectLedgerBalanced();
  });
});
