import { getStorage } from "../adapters/storage";
import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { disputeDetailSelect, type Author, type DisputeRow } from "./dto";
import { loadDisputeFor, partiesOf } from "./policies";
import { isOpenDispute, type DisputeSide } from "./status";

const EVIDENCE_URL_TTL_SECONDS = 15 * 60;

/** A dispute as its parties and support see it, with what the actor may do next. */
export async function getDispute({ actor, disputeId }: { actor: Actor; disputeId: string }) {
  const { side } = await loadDisputeFor(db, actor, disputeId);
  const row = await db.dispute.findUniqueOrThrow({ where: { id: disputeId }, select: disputeDetailSelect });
  return toDisputeDto(row, side);
}

export type DisputeDto = ReturnType<typeof toDisputeDto>;

export function toDisputeDto(row: DisputeRow, side: DisputeSide) {
  const { customerId, providerUserId } = partiesOf(row);
  const authorOf = (userId: string | null): Author => (userId === customerId ? "customer" : userId === providerUserId ? "provider" : "admin");
  const open = isOpenDispute(row.status);
  const storage = getStorage();
  const myUserId = side === "customer" ? customerId : side === "provider" ? providerUserId : null;
  const pendingBy = (who: Author) => row.proposals.find((p) => p.status === "PENDING" && authorOf(p.proposedById) === who) ?? null;
  return {
    id: row.id,
    status: row.status,
    viewer: side,
    subject: row.booking
      ? { kind: "booking" as const, id: row.booking.id, title: row.booking.serviceName, customerName: row.booking.customer.name, providerName: row.booking.provider.businessName }
      : { kind: "bounty" as const, id: row.bounty!.id, title: row.bounty!.title, customerName: row.bounty!.poster.name, providerName: row.bounty!.acceptedOffer?.provider.businessName ?? "" },
    openedBy: row.byChargeback ? ("bank" as const) : authorOf(row.openedById),
    reason: row.reason,
    paidAmount: row.paidAmount,
    currency: row.currency,
    responseDueAt: row.responseDueAt?.toISOString() ?? null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    resolution: row.resolution,
    refundAmount: row.refundAmount,
    releasedAmount: row.releasedAmount,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    messages: row.messages.map((m) => ({ id: m.id, author: authorOf(m.authorId), mine: m.authorId === myUserId, body: m.body, createdAt: m.createdAt.toISOString() })),
    // Signed, short-lived links: only this DTO (parties and support) carries them.
    evidence: row.evidence.map((e) => ({
      id: e.id,
      author: authorOf(e.uploadedById),
      fileName: e.fileName,
      contentType: e.contentType,
      sizeBytes: e.sizeBytes,
      url: storage.signedUrl(e.storageKey, EVIDENCE_URL_TTL_SECONDS),
      createdAt: e.createdAt.toISOString(),
    })),
    proposals: row.proposals.map((p) => ({ id: p.id, by: authorOf(p.proposedById), refundAmount: p.refundAmount, note: p.note, status: p.status, decidedAt: p.decidedAt?.toISOString() ?? null, createdAt: p.createdAt.toISOString() })),
    allowed: {
      message: open,
      evidence: open,
      propose: open && side !== "admin" && !pendingBy(side),
      answer: open && side !== "admin" ? row.proposals.filter((p) => p.status === "PENDING" && authorOf(p.proposedById) !== side && authorOf(p.proposedById) !== "admin").map((p) => p.id) : [],
      escalate: open && side !== "admin" && row.status !== "ESCALATED",
      resolve: open && side === "admin",
    },
  };
}
