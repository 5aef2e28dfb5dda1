import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { reviewPath } from "./messages";
import { REVIEW_WINDOW_MS, reviewDeadline } from "./policies";

export interface ReviewToWriteDto {
  target: { kind: "booking" | "bounty"; id: string };
  /** What the work was: the service name, or the bounty's title. */
  title: string;
  /** Whom the viewer reviews: the customer's (or poster's) name, or the provider's business. */
  counterpartName: string;
  completedAt: string;
  deadline: string;
  /** Where the viewer writes it (reviewPath): the booking's review page or the bounty page's review section. */
  href: string;
}

/**
 * Completed bookings and bounties the actor (as `as`) can still review and has not: the provider's
 * "review your customers" list, or a customer's reminders. Oldest first, so the deadline closest
 * to passing leads. Says nothing about whether the other side reviewed.
 */
export async function listReviewsToWrite({ actor, as, now = new Date(), limit = 50 }: { actor: Actor; as: "customer" | "provider"; now?: Date; limit?: number }): Promise<ReviewToWriteDto[]> {
  const take = Math.min(Math.max(limit, 1), 100);
  const open = { completedAt: { gt: new Date(now.getTime() - REVIEW_WINDOW_MS) }, reviews: { none: { authorId: actor.userId } } };
  const role = as === "provider" ? "PROVIDER" : "CUSTOMER";
  const [bookings, bounties] = await Promise.all([
    db.booking.findMany({
      where: { ...(as === "provider" ? { provider: { userId: actor.userId } } : { customerId: actor.userId }), status: "COMPLETED", ...open },
      orderBy: [{ completedAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, serviceName: true, completedAt: true, customer: { select: { name: true } }, provider: { select: { businessName: true } } },
    }),
    db.bounty.findMany({
      where: {
        ...(as === "provider" ? { acceptedOffer: { provider: { userId: actor.userId } } } : { posterId: actor.userId, acceptedOfferId: { not: null } }),
        status: "COMPLETED",
        ...open,
      },
      orderBy: [{ completedAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, title: true, completedAt: true, poster: { select: { name: true } }, acceptedOffer: { select: { provider: { select: { businessName: true } } } } },
    }),
  ]);
  const rows = [
    ...bookings.map((b) => ({
      target: { kind: "booking" as const, id: b.id },
      title: b.serviceName,
      counterpartName: as === "provider" ? b.customer.name : b.provider.businessName,
      completedAt: b.completedAt!,
    })),
    ...bounties.map((b) => ({
      target: { kind: "bounty" as const, id: b.id },
      title: b.title,
      counterpartName: as === "provider" ? b.poster.name : (b.acceptedOffer?.provider.businessName ?? "the provider"),
      completedAt: b.completedAt!,
    })),
  ];
  rows.sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime() || a.target.id.localeCompare(b.target.id));
  return rows.slice(0, take).map((row) => ({
    ...row,
    completedAt: row.completedAt.toISOString(),
    deadline: reviewDeadline(row.completedAt).toISOString(),
    href: reviewPath(row.target, role),
  }));
}
