import type { Db, Tx } from "../core/db";
import { notFound } from "../core/errors";

/** What is reviewed: a booking, or a bounty (the poster plays the customer, the accepted offer's provider the provider). */
export type TargetRef = { bookingId: string; bountyId?: undefined } | { bountyId: string; bookingId?: undefined };

export interface ReviewTarget {
  kind: "booking" | "bounty";
  id: string;
  /** Only completed work can be reviewed. */
  completed: boolean;
  completedAt: Date | null;
  customerId: string;
  /** The provider's user; null for a bounty nobody took on. */
  providerUserId: string | null;
  customerName: string;
  providerName: string | null;
  /** What the work was, for messages: the service name or the bounty title. */
  title: string;
  reviewReminderSentAt: Date | null;
}

export function targetRefOf(input: { bookingId?: string | null; bountyId?: string | null }): TargetRef {
  if (input.bookingId) return { bookingId: input.bookingId };
  if (input.bountyId) return { bountyId: input.bountyId };
  throw notFound("Booking");
}

/** The Review rows' filter for one target. */
export function reviewsOf(target: Pick<ReviewTarget, "kind" | "id">) {
  return target.kind === "booking" ? { bookingId: target.id } : { bountyId: target.id };
}

/** For AuditLog and outbox entities. */
export function entityOf(target: Pick<ReviewTarget, "kind" | "id">) {
  return { type: target.kind === "booking" ? "Booking" : "Bounty", id: target.id };
}

/**
 * Loads the target; with `lock`, locks its row until the transaction ends. Every write that can
 * publish a target's reviews (the second submission, the window-close job) takes this lock, so
 * two reviews arriving at once cannot both miss each other and stay hidden.
 */
export async function loadReviewTarget(client: Db | Tx, ref: TargetRef, { lock = false }: { lock?: boolean } = {}): Promise<ReviewTarget> {
  if (ref.bookingId !== undefined) {
    if (lock) await client.$queryRaw`SELECT id FROM "Booking" WHERE id = ${ref.bookingId} FOR UPDATE`;
    const booking = await client.booking.findUnique({
      where: { id: ref.bookingId },
      select: {
        id: true,
        status: true,
        completedAt: true,
        customerId: true,
        serviceName: true,
        reviewReminderSentAt: true,
        customer: { select: { name: true } },
        provider: { select: { userId: true, businessName: true } },
      },
    });
    if (!booking) throw notFound("Booking");
    return {
      kind: "booking",
      id: booking.id,
      completed: booking.status === "COMPLETED",
      completedAt: booking.completedAt,
      customerId: booking.customerId,
      providerUserId: booking.provider.userId,
      customerName: booking.customer.name,
      providerName: booking.provider.businessName,
      title: booking.serviceName,
      reviewReminderSentAt: booking.reviewReminderSentAt,
    };
  }
  if (lock) await client.$queryRaw`SELECT id FROM "Bounty" WHERE id = ${ref.bountyId} FOR UPDATE`;
  const bounty = await client.bounty.findUnique({
    where: { id: ref.bountyId },
    select: {
      id: true,
      status: true,
      completedAt: true,
      posterId: true,
      title: true,
      reviewReminderSentAt: true,
      poster: { select: { name: true } },
      acceptedOffer: { select: { provider: { select: { userId: true, businessName: true } } } },
    },
  });
  if (!bounty) throw notFound("Bounty");
  const provider = bounty.acceptedOffer?.provider ?? null;
  return {
    kind: "bounty",
    id: bounty.id,
    completed: bounty.status === "COMPLETED",
    completedAt: bounty.completedAt,
    customerId: bounty.posterId,
    providerUserId: provider?.userId ?? null,
    customerName: bounty.poster.name,
    providerName: provider?.businessName ?? null,
    title: bounty.title,
    reviewReminderSentAt: bounty.reviewReminderSentAt,
  };
}
