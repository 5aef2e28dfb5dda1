import type { Prisma } from "../core/db";

export const disputeDetailSelect = {
  id: true,
  status: true,
  bookingId: true,
  bountyId: true,
  openedById: true,
  respondentId: true,
  byChargeback: true,
  reason: true,
  paidAmount: true,
  currency: true,
  responseDueAt: true,
  respondedAt: true,
  escalatedAt: true,
  resolution: true,
  refundAmount: true,
  releasedAmount: true,
  resolvedAt: true,
  createdAt: true,
  booking: { select: { id: true, serviceName: true, startsAt: true, customerId: true, customer: { select: { name: true } }, provider: { select: { userId: true, businessName: true } } } },
  bounty: { select: { id: true, title: true, posterId: true, poster: { select: { name: true } }, acceptedOffer: { select: { provider: { select: { userId: true, businessName: true } } } } } },
  messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, authorId: true, body: true, createdAt: true } },
  evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, uploadedById: true, storageKey: true, fileName: true, contentType: true, sizeBytes: true, createdAt: true } },
  proposals: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, proposedById: true, refundAmount: true, note: true, status: true, decidedAt: true, createdAt: true } },
} satisfies Prisma.DisputeSelect;

export type DisputeRow = Prisma.DisputeGetPayload<{ select: typeof disputeDetailSelect }>;

export type Author = "customer" | "provider" | "admin";
