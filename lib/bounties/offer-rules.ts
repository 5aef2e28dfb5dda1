import type { Tx } from "../core/db";
import { env } from "../core/env";
import { AppError, notFound } from "../core/errors";

const DAY = 86_400_000;

/** For honor takes offers of 0 only; a paid bounty takes paid offers only. */
export function assertOfferAmount(budgetAmount: number, amount: number): void {
  if (budgetAmount === 0 && amount !== 0) {
    throw new AppError("VALIDATION_FAILED", "This bounty is for honor: offers carry no price", { fields: { amount: ["Offer 0 on a for-honor bounty"] } });
  }
  if (budgetAmount > 0 && amount === 0) {
    throw new AppError("VALIDATION_FAILED", "Name your price for this paid bounty", { fields: { amount: ["Enter a price"] } });
  }
}

/**
 * Spam cap: offers made in the last 24 hours that are still open or were withdrawn (withdrawing
 * does not give the slot back, or submit-withdraw loops would escape the cap). Counted under the
 * provider's row lock, so simultaneous offers cannot slip past it together.
 */
export async function assertUnderOfferCap(tx: Tx, providerId: string, now: Date): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "ProviderProfile" WHERE id = ${providerId} FOR UPDATE`;
  const since = new Date(now.getTime() - DAY);
  const recent = await tx.offer.findMany({
    where: { providerId, createdAt: { gte: since }, status: { in: ["OPEN", "WITHDRAWN"] } },
    select: { createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const cap = env.BOUNTY_MAX_OPEN_OFFERS_PER_DAY;
  if (recent.length >= cap) {
    const freesAt = recent[recent.length - cap].createdAt.getTime() + DAY;
    throw new AppError("RATE_LIMITED", `You can make at most ${cap} offers a day. Try again later.`, {
      retryAfterSeconds: Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000)),
      cap,
    });
  }
}

/** The offer, which must belong to this bounty (an offer id from another bounty is a 404). */
export async function findOffer(tx: Tx, bountyId: string, offerId: string) {
  const offer = await tx.offer.findFirst({
    where: { id: offerId, bountyId },
    select: { id: true, providerId: true, amount: true, currency: true, status: true, counterAmount: true, counteredAt: true, provider: { select: { userId: true } } },
  });
  if (!offer) throw notFound("Offer");
  return offer;
}

/** Offers change only while they and their bounty are open. */
export function assertOfferOpen(offer: { status: string }, action: string): void {
  if (offer.status !== "OPEN") throw new AppError("INVALID_STATE", `This offer is ${offer.status.toLowerCase()}: you can't ${action}`, { currentStatus: offer.status });
}
