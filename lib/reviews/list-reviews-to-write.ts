import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { REVIEW_WINDOW_MS, reviewDeadline } from "./policies";

export interface ReviewToWriteDto {
  bookingId: string;
  serviceName: string;
  /** Whom the viewer reviews: the customer's name, or the provider's business. */
  counterpartName: string;
  completedAt: string;
  deadline: string;
}

/**
 * Completed bookings the actor (as `as`) can still review and has not: the provider's "review your
 * customers" list, or a customer's reminders. Says nothing about whether the other side reviewed.
 */
export async function listReviewsToWrite({ actor, as, now = new Date(), limit = 50 }: { actor: Actor; as: "customer" | "provider"; now?: Date; limit?: number }): Promise<ReviewToWriteDto[]> {
  const rows = await db.booking.findMany({
    where: {
      ...(as === "provider" ? { provider: { userId: actor.userId } } : { customerId: actor.userId }),
      status: "COMPLETED",
      completedAt: { gt: new Date(now.getTime() - REVIEW_WINDOW_MS) },
      reviews: { none: { authorId: actor.userId } },
    },
    orderBy: [{ completedAt: "asc" }, { id: "asc" }],
    take: Math.min(Math.max(limit, 1), 100),
    select: { id: true, serviceName: true, completedAt: true, customer: { select: { name: true } }, provider: { select: { businessName: true } } },
  });
  return rows.map((row) => ({
    bookingId: row.id,
    serviceName: row.serviceName,
    counterpartName: as === "provider" ? row.customer.name : row.provider.businessName,
    completedAt: row.completedAt!.toISOString(),
    deadline: reviewDeadline(row.completedAt!).toISOString(),
  }));
}
