import type { Db, Tx } from "../../lib/core/db";
import { bookingData, bookingSelect, inTransaction, loadServiceForBooking, type ServiceForBooking } from "./bookings";
import { bookingInterval } from "../../lib/bookings/booking-interval";
import { addMinutes, localDateDaysAgo, localMinuteToUtc } from "./time";

export interface PastBookingWithReviewOptions {
  serviceId: string;
  customerId: string;
  /** 1–5 stars. */
  rating: number;
  text?: string;
  /** Sub-ratings default to the overall rating. */
  quality?: number;
  punctuality?: number;
  communication?: number;
  value?: number;
  wouldRecommend?: boolean;
  /** The provider's public answer, if any. */
  reply?: string;
  /** The latest local day to try; earlier days are tried until the provider is open and free. */
  daysAgo?: number;
  /** Preferred local start (minutes since midnight); falls back to the opening time. */
  localStartMinute?: number;
  now?: Date;
}

/**
 * A COMPLETED booking in the past, its published customer review, and the provider's rating
 * aggregates bumped in the same transaction — the invariant the reviews domain maintains.
 */
export async function createPastBookingWithReview(client: Db | Tx, options: PastBookingWithReviewOptions) {
  const rating = options.rating;
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new Error(`rating must be 1–5, got ${rating}`);
  const now = options.now ?? new Date();

  return inTransaction(client, async (tx) => {
    const service = await loadServiceForBooking(tx, options.serviceId);
    const startsAt = await findPastSlot(tx, service, options, now);
    const { endsAt } = bookingInterval(service, startsAt);
    // Customers review within a day; "now" caps it for yesterday's bookings.
    const publishedAt = minDate(addMinutes(endsAt, 18 * 60), now);
    const booking = await tx.booking.create({
      data: {
        ...bookingData(service, { serviceId: service.id, customerId: options.customerId, startsAt, status: "COMPLETED" }),
        reviews: {
          create: {
            authorId: options.customerId,
            subjectId: service.provider.userId,
            direction: "CUSTOMER_TO_PROVIDER",
            rating,
            quality: options.quality ?? rating,
            punctuality: options.punctuality ?? rating,
            communication: options.communication ?? rating,
            value: options.value ?? rating,
            text: options.text ?? "",
            wouldRecommend: options.wouldRecommend ?? rating >= 4,
            publishedAt,
            createdAt: publishedAt,
            reply: options.reply ?? null,
            repliedAt: options.reply ? minDate(addMinutes(publishedAt, 26 * 60), now) : null,
          },
        },
      },
      select: { ...bookingSelect, reviews: { select: { id: true, rating: true, publishedAt: true } } },
    });
    await tx.providerProfile.update({
      where: { id: service.providerId },
      data: { ratingCount: { increment: 1 }, ratingSum: { increment: rating }, [`rating${rating}`]: { increment: 1 } },
    });
    const { reviews, ...rest } = booking;
    return { booking: rest, review: reviews[0] };
  });
}

/**
 * Walks back from `daysAgo` to the first local day on which the provider is open, the visit fits
 * the opening hours, it has ended before `now`, and it overlaps none of the provider's bookings.
 */
async function findPastSlot(tx: Tx, service: ServiceForBooking, options: PastBookingWithReviewOptions, now: Date) {
  const { timeZone, availability } = service.provider;
  const span = service.bufferBeforeMin + service.durationMin + service.bufferAfterMin;
  const firstDay = Math.max(options.daysAgo ?? 7, 0);
  for (let day = firstDay; day < firstDay + 366; day++) {
    const date = localDateDaysAgo(now, day, timeZone);
    const windows = availability.length
      ? availability.filter((w) => w.weekday === date.weekday)
      : [{ startMinute: 9 * 60, endMinute: 18 * 60 }];
    for (const window of windows) {
      const earliest = window.startMinute + service.bufferBeforeMin;
      const preferred = options.localStartMinute ?? earliest;
      const start = preferred >= earliest && preferred - service.bufferBeforeMin + span <= window.endMinute ? preferred : earliest;
      if (start - service.bufferBeforeMin + span > window.endMinute) continue;
      const interval = bookingInterval(service, localMinuteToUtc(date, start, timeZone));
      if (interval.blockEndsAt > now) continue;
      const clash = await tx.booking.findFirst({
        where: {
          providerId: service.providerId,
          status: { notIn: ["CANCELLED", "DECLINED", "EXPIRED"] },
          blockStartsAt: { lt: interval.blockEndsAt },
          blockEndsAt: { gt: interval.blockStartsAt },
        },
        select: { id: true },
      });
      if (!clash) return interval.startsAt;
    }
  }
  throw new Error(`No free past slot within a year for service ${service.id}`);
}

function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}
