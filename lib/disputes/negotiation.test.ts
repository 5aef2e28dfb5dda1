import { db } from "../core/db";
import { withTemporaryStorage } from "../bounties/test-helpers";
import { admin, customer, expectAppError, expectLedgerInvariants, payableOf } from "../payments/test-support";
import { setupTestDatabase } from "../testing/test-database";
import { addDisputeMessage } from "./add-dispute-message";
import { answerDisputeProposal } from "./answer-dispute-proposal";
import { getDispute } from "./get-dispute";
import { openBookingDispute } from "./open-booking-dispute";
import { proposeDisputeRefund } from "./propose-dispute-refund";
import { afterEnd, completedBooking, PNG, TEXT_AS_PNG } from "./test-helpers";
import { uploadDisputeEvidence } from "./upload-dispute-evidence";

setupTestDatabase();
const storage = withTemporaryStorage();

const REASON = "The windows were left streaky and one was cracked.";

async function openedDispute() {
  const s = await completedBooking();
  const opened = await openBookingDispute({ actor: s.customer, bookingId: s.bookingId, reason: REASON, now: afterEnd(s.endsAt, 1) });
  return { ...s, disputeId: opened.id, openedAt: afterEnd(s.endsAt, 1) };
}

describe("messages and evidence", () => {
  it("both parties and support write; the provider's first answer stops the deadline", async () => {
    const s = await openedDispute();
    await addDisputeMessage({ actor: s.customer, disputeId: s.disputeId, body: "Photos attached." });
    expect((await getDispute({ actor: s.customer, disputeId: s.disputeId })).status).toBe("AWAITING_RESPONSE");
    const answered = await addDisputeMessage({ actor: s.providerActor, disputeId: s.disputeId, body: "The crack was there before." });
    expect(answered).toMatchObject({ status: "OPEN", responseDueAt: null });
    const support = await admin();
    const seen = await addDisputeMessage({ actor: support, disputeId: s.disputeId, body: "We are looking at it." });
    expect(seen.messages.map((m) => m.author)).toEqual(["customer", "provider", "admin"]);
    expect((await getDispute({ actor: s.customer, disputeId: s.disputeId })).messages.map((m) => m.mine)).toEqual([true, false, false]);
    await expectAppError(addDisputeMessage({ actor: s.customer, disputeId: s.disputeId, body: "  " }), "VALIDATION_FAILED");
  });

  it("takes images and PDFs by their bytes, stores them, and links them only for the parties and support", async () => {
    const s = await openedDispute();
    await expectAppError(uploadDisputeEvidence({ actor: s.customer, disputeId: s.disputeId, bytes: TEXT_AS_PNG, fileName: "photo.png" }), "UNSUPPORTED_MEDIA_TYPE");
    await expectAppError(uploadDisputeEvidence({ actor: await customer(), disputeId: s.disputeId, bytes: PNG, fileName: "photo.png" }), "NOT_FOUND");
    const withFile = await uploadDisputeEvidence({ actor: s.customer, disputeId: s.disputeId, bytes: PNG, fileName: "../../Window (1).JPG" });
    expect(withFile.evidence).toEqual([expect.objectContaining({ author: "customer", fileName: "window-1.png", contentType: "image/png", sizeBytes: PNG.length, url: expect.stringContaining("/api/files/disputes/") })]);
    const row = await db.disputeEvidence.findFirstOrThrow({ where: { disputeId: s.disputeId }, select: { storageKey: true } });
    expect((await storage.get(row.storageKey))?.body.equals(PNG)).toBe(true);
    // Evidence from the provider is their answer too.
    const pdf = Buffer.from("%PDF-1.4\n%…");
    expect(await uploadDisputeEvidence({ actor: s.providerActor, disputeId: s.disputeId, bytes: pdf, fileName: "invoice.pdf" })).toMatchObject({ status: "OPEN" });
  });
});

describe("proposals", () => {
  it("only the other side accepts: the dispute resolves with that refund and the ledger balances", async () => {
    const s = await openedDispute();
    await expectAppError(proposeDisputeRefund({ actor: s.customer, disputeId: s.disputeId, refundAmount: 12_001 }), "VALIDATION_FAILED");
    await expectAppError(proposeDisputeRefund({ actor: await admin(), disputeId: s.disputeId, refundAmount: 100 }), "FORBIDDEN");
    const proposed = await proposeDisputeRefund({ actor: s.customer, disputeId: s.disputeId, refundAmount: 6_000, note: "Half back" });
    expect(proposed.allowed.propose).toBe(false);
    await expectAppError(proposeDisputeRefund({ actor: s.customer, disputeId: s.disputeId, refundAmount: 5_000 }), "CONFLICT");
    const proposalId = proposed.proposals[0].id;

    await expectAppError(answerDisputeProposal({ actor: s.customer, proposalId, answer: "accept" }), "FORBIDDEN");
    await expectAppError(answerDisputeProposal({ actor: await admin(), proposalId, answer: "accept" }), "FORBIDDEN");
    await expectAppError(answerDisputeProposal({ actor: await customer(), proposalId, answer: "accept" }), "NOT_FOUND");
    expect((await getDispute({ actor: s.providerActor, disputeId: s.disputeId })).allowed.answer).toEqual([proposalId]);

    const done = await answerDisputeProposal({ actor: s.providerActor, proposalId, answer: "accept" });
    expect(done).toMatchObject({ status: "RESOLVED", resolution: "partial_refund", refundAmount: 6_000, releasedAmount: 6_000 });
    expect(done.proposals[0]).toMatchObject({ status: "ACCEPTED", by: "customer" });
    expect(await db.payment.findUniqueOrThrow({ where: { id: s.paymentId }, select: { refundedAmount: true } })).toEqual({ refundedAmount: 6_000 });
    const feeBack = Math.round((1_800 * 6_000) / 12_000);
    expect(await payableOf(s.p.id)).toBe(10_200 - (6_000 - feeBack));
    await expectAppError(answerDisputeProposal({ actor: s.providerActor, proposalId, answer: "accept" }), "INVALID_STATE");
    await expectLedgerInvariants();
  });

  it("a rejection leaves the dispute open; each side may then propose again", async () => {
    const s = await openedDispute();
    const mine = await proposeDisputeRefund({ actor: s.providerActor, disputeId: s.disputeId, refundAmount: 0, note: "Nothing to refund" });
    expect(mine.status).toBe("OPEN"); // a proposal is the provider's answer
    const rejected = await answerDisputeProposal({ actor: s.customer, proposalId: mine.proposals[0].id, answer: "reject" });
    expect(rejected).toMatchObject({ status: "OPEN", proposals: [{ status: "REJECTED" }] });
    expect((await proposeDisputeRefund({ actor: s.providerActor, disputeId: s.disputeId, refundAmount: 2_000 })).proposals.map((p) => p.status)).toEqual(["REJECTED", "PENDING"]);
    // Both sides may have one pending at once; accepting one withdraws the other.
    const both = await proposeDisputeRefund({ actor: s.customer, disputeId: s.disputeId, refundAmount: 8_000 });
    const customersOwn = both.proposals.find((p) => p.by === "customer")!;
    const providers = both.proposals.find((p) => p.by === "provider" && p.status === "PENDING")!;
    const done = await answerDisputeProposal({ actor: s.customer, proposalId: providers.id, answer: "accept" });
    expect(done).toMatchObject({ status: "RESOLVED", refundAmount: 2_000 });
    expect(done.proposals.find((p) => p.id === customersOwn.id)!.status).toBe("WITHDRAWN");
    await expectLedgerInvariants();
  });
});
