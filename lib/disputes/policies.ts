import type { Actor } from "../core/auth/actor";
import type { Db, Prisma, Tx } from "../core/db";
import { AppError, notFound } from "../core/errors";
import { isOpenDispute, type DisputeSide } from "./status";

/**
 * Who may see and act on a dispute: its two parties (the booking's customer and provider, or the
 * bounty's poster and assigned provider) and Hearth support. Anyone else gets a 404, so a dispute's
 * existence is not revealed. Every dispute use case loads the dispute through here.
 */

export const disputePartiesSelect = {
  id: true,
  status: true,
  bookingId: true,
  bountyId: true,
  openedById: true,
  respondentId: true,
  byChargeback: true,
  paidAmount: true,
  currency: true,
  booking: { select: { customerId: true, provider: { select: { userId: true } } } },
  bounty: { select: { posterId: true, acceptedOffer: { select: { provider: { select: { userId: true } } } } } },
} satisfies Prisma.DisputeSelect;

export type DisputeWithParties = Prisma.DisputeGetPayload<{ select: typeof disputePartiesSelect }>;

export function partiesOf(dispute: Pick<DisputeWithParties, "booking" | "bounty">): { customerId: string | null; providerUserId: string | null } {
  if (dispute.booking) return { customerId: dispute.booking.customerId, providerUserId: dispute.booking.provider.userId };
  return { customerId: dispute.bounty?.posterId ?? null, providerUserId: dispute.bounty?.acceptedOffer?.provider.userId ?? null };
}

/** The actor's side, or null for a stranger. A party who is also an admin acts as the party. */
export function sideOf(actor: Actor, dispute: Pick<DisputeWithParties, "booking" | "bounty">): DisputeSide | null {
  const { customerId, providerUserId } = partiesOf(dispute);
  if (customerId === actor.userId) return "customer";
  if (providerUserId === actor.userId) return "provider";
  if (actor.role === "ADMIN") return "admin";
  return null;
}

export function otherPartyOf(dispute: Pick<DisputeWithParties, "booking" | "bounty">, side: "customer" | "provider"): string | null {
  const { customerId, providerUserId } = partiesOf(dispute);
  return side === "customer" ? providerUserId : customerId;
}

/** Loads the dispute (locked when inside a transaction that changes it) and the actor's side; 404 for strangers. */
export async function loadDisputeFor(client: Db | Tx, actor: Actor, disputeId: string, { lock = false } = {}) {
  if (lock) await (client as Tx).$queryRaw`SELECT id FROM "Dispute" WHERE id = ${disputeId} FOR UPDATE`;
  const dispute = await client.dispute.findUnique({ where: { id: disputeId }, select: disputePartiesSelect });
  if (!dispute) throw notFound("Dispute");
  const side = sideOf(actor, dispute);
  if (!side) throw notFound("Dispute");
  return { dispute, side };
}

export function assertOpen(dispute: Pick<DisputeWithParties, "status">): void {
  if (!isOpenDispute(dispute.status)) throw new AppError("INVALID_STATE", "This dispute is closed", { currentStatus: dispute.status });
}

export function assertParty(side: DisputeSide, action: string): asserts side is "customer" | "provider" {
  if (side === "admin") throw new AppError("FORBIDDEN", `Only the parties to a dispute can ${action}`);
}

export function assertAdmin(actor: Actor): void {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only Hearth support can do this");
}
