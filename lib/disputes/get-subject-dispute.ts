import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { env } from "../core/env";
import { notFound } from "../core/errors";
import { disputeWindowEnd } from "./open-booking-dispute";

/**
 * What the booking and bounty pages show about disputes: the latest dispute (open or closed) and,
 * for a booking's customer, whether they can open one now. Parties and support only.
 */
export async function getSubjectDispute({ actor, bookingId, bountyId, now = new Date() }: { actor: Actor; bookingId?: string; bountyId?: string; now?: Date }) {
  let isCustomer = false;
  let canOpen = false;
  let windowClosesAt: string | null = null;
  if (bookingId) {
    const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { customerId: true, status: true, endsAt: true, provider: { select: { userId: true } } } });
    if (!booking || (booking.customerId !== actor.userId && booking.provider.userId !== actor.userId && actor.role !== "ADMIN")) throw notFound("Booking");
    isCustomer = booking.customerId === actor.userId;
    const closes = disputeWindowEnd(booking.endsAt);
    windowClosesAt = closes.toISOString();
    canOpen = isCustomer && (booking.status === "COMPLETED" || booking.status === "NO_SHOW") && now <= closes;
  } else {
    const bounty = await db.bounty.findUnique({ where: { id: bountyId ?? "" }, select: { posterId: true, acceptedOffer: { select: { provider: { select: { userId: true } } } } } });
    if (!bounty || (bounty.posterId !== actor.userId && bounty.acceptedOffer?.provider.userId !== actor.userId && actor.role !== "ADMIN")) throw notFound("Bounty");
  }
  const latest = await db.dispute.findFirst({
    where: bookingId ? { bookingId } : { bountyId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, status: true, resolution: true, refundAmount: true, currency: true },
  });
  const open = latest && ["AWAITING_RESPONSE", "OPEN", "ESCALATED"].includes(latest.status);
  return { dispute: latest, canOpen: canOpen && !open, windowDays: env.DISPUTE_WINDOW_DAYS, windowClosesAt };
}
