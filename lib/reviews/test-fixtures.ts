import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { makeAdmin, makeBooking, makeCustomer, makeProvider } from "../testing/factories";

/** Fixtures for the reviews domain's integration tests: fresh users, so shared databases are fine. */

const DAY = 86_400_000;
export const daysAgo = (days: number, from = Date.now()) => new Date(from - days * DAY);

export function actorOf(user: { id: string; role: Actor["role"] }, providerId: string | null = null): Actor {
  return { userId: user.id, role: user.role, isSuperAdmin: false, providerId };
}

export async function makeParties(options: { customerTimeZone?: string } = {}) {
  const provider = await makeProvider();
  const customer = await makeCustomer({ name: "Robin Reviewer", timeZone: options.customerTimeZone ?? "Europe/London" });
  return {
    provider,
    customer,
    customerActor: actorOf(customer),
    providerActor: actorOf(provider.user, provider.id),
  };
}

/** A booking between the parties, in `status`, completed at `completedAt` (default: a day ago). */
export async function makeReviewableBooking(
  parties: Awaited<ReturnType<typeof makeParties>>,
  { completedAt = daysAgo(1), status = "COMPLETED" as const }: { completedAt?: Date; status?: "COMPLETED" | "CONFIRMED" | "CANCELLED" } = {},
) {
  const booking = await makeBooking({
    serviceId: parties.provider.services[0].id,
    customerId: parties.customer.id,
    // Past bookings overlap freely: only REQUESTED/CONFIRMED ones hold the provider's time.
    startsAt: status === "CONFIRMED" ? new Date(Date.now() + 30 * DAY + Math.floor(Math.random() * 1_000) * 3_600_000) : new Date(completedAt.getTime() - 3 * 3_600_000),
    status,
  });
  await db.booking.update({ where: { id: booking.id }, data: { completedAt: status === "COMPLETED" ? completedAt : null } });
  return booking;
}

/** A bounty the customer posted and the provider completed (accepted offer), completed at `completedAt`. */
export async function makeReviewableBounty(parties: Awaited<ReturnType<typeof makeParties>>, { completedAt = daysAgo(1) }: { completedAt?: Date } = {}) {
  const category = await db.category.findFirstOrThrow({ select: { id: true } });
  const bounty = await db.bounty.create({
    data: {
      posterId: parties.customer.id,
      categoryId: category.id,
      title: "Fix the fence",
      description: "Two loose panels",
      budgetAmount: 5000,
      currency: "USD",
      dueAt: new Date(completedAt.getTime() - 2 * DAY),
      status: "COMPLETED",
      completedAt,
    },
    select: { id: true },
  });
  const offer = await db.offer.create({
    data: { bountyId: bounty.id, providerId: parties.provider.id, amount: 5000, currency: "USD", message: "Can do", etaDays: 1, status: "ACCEPTED" },
    select: { id: true },
  });
  await db.bounty.update({ where: { id: bounty.id }, data: { acceptedOfferId: offer.id } });
  return bounty;
}

export async function makeAdminActor() {
  return actorOf(await makeAdmin());
}

export const customerReview = (bookingId: string, rating = 4) => ({
  bookingId,
  rating,
  quality: rating,
  punctuality: 5,
  communication: 4,
  value: 3,
  text: "Careful and on time.",
  wouldRecommend: true,
});

export const providerReview = (bookingId: string, rating = 5) => ({ bookingId, rating, text: "Clear instructions, easy access.", wouldRecommend: true });
