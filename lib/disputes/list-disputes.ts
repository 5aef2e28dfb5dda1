import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { assertAdmin } from "./policies";
import { OPEN_DISPUTE_STATUSES } from "./status";

export type DisputeListFilter = "open" | "escalated" | "closed";

/**
 * Support's queue: booking and bounty disputes in one list, escalated first, then oldest first.
 * One query with the subjects joined (no per-row lookups).
 */
export async function listDisputes({ actor, filter = "open", take = 100 }: { actor: Actor; filter?: DisputeListFilter; take?: number }) {
  assertAdmin(actor);
  const status = filter === "escalated" ? { in: ["ESCALATED" as const] } : filter === "open" ? { in: [...OPEN_DISPUTE_STATUSES] } : { in: ["RESOLVED" as const, "WITHDRAWN" as const] };
  const rows = await db.dispute.findMany({
    where: { status },
    orderBy: filter === "closed" ? [{ resolvedAt: "desc" }, { id: "asc" }] : [{ escalatedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      status: true,
      reason: true,
      byChargeback: true,
      paidAmount: true,
      currency: true,
      responseDueAt: true,
      escalatedAt: true,
      resolution: true,
      refundAmount: true,
      createdAt: true,
      booking: { select: { id: true, serviceName: true, customer: { select: { name: true } }, provider: { select: { businessName: true } } } },
      bounty: { select: { id: true, title: true, poster: { select: { name: true } }, acceptedOffer: { select: { provider: { select: { businessName: true } } } } } },
      _count: { select: { messages: true, evidence: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    kind: r.booking ? ("booking" as const) : ("bounty" as const),
    subjectId: r.booking?.id ?? r.bounty!.id,
    title: r.booking?.serviceName ?? r.bounty!.title,
    customerName: r.booking?.customer.name ?? r.bounty!.poster.name,
    providerName: r.booking?.provider.businessName ?? r.bounty!.acceptedOffer?.provider.businessName ?? "",
    reason: r.reason,
    byChargeback: r.byChargeback,
    paidAmount: r.paidAmount,
    currency: r.currency,
    responseDueAt: r.responseDueAt?.toISOString() ?? null,
    escalatedAt: r.escalatedAt?.toISOString() ?? null,
    resolution: r.resolution,
    refundAmount: r.refundAmount,
    createdAt: r.createdAt.toISOString(),
    messageCount: r._count.messages,
    evidenceCount: r._count.evidence,
  }));
}
