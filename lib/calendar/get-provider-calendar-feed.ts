import { createHash } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import { db, type Prisma } from "../core/db";
import { notFound } from "../core/errors";
import { bookingEventSequence, bookingEventUid, countReschedules } from "./event-identity";
import { calendarTokensMatch, isIssuedCalendarToken } from "./feed-token";

const DAY_MS = 24 * 3_600_000;
const PAST_DAYS = 30;
const FUTURE_DAYS = 365;
/** A year of a busy provider's bookings fits many times over; the cap only bounds a pathological feed. */
const MAX_EVENTS = 5_000;

const feedBookingSelect = {
  id: true,
  serviceName: true,
  startsAt: true,
  endsAt: true,
  addressLine: true,
  notes: true,
  customer: { select: { name: true } },
} satisfies Prisma.BookingSelect;

type FeedBooking = Prisma.BookingGetPayload<{ select: typeof feedBookingSelect }>;

export interface CalendarFeed {
  ics: string;
  contentType: "text/calendar; charset=utf-8";
  /** Strong validator over everything but DTSTAMP (which is "now" on every build). */
  etag: string;
}

/**
 * The provider's confirmed bookings from 30 days ago to a year ahead, for a calendar app to
 * subscribe to. The token is the only credential (calendar apps carry no session), so an unknown
 * provider and a wrong token are the same 404.
 */
export async function getProviderCalendarFeed({ providerId, token, now = new Date() }: { providerId: string; token: string; now?: Date }): Promise<CalendarFeed> {
  const provider = await db.providerProfile.findUnique({ where: { id: providerId }, select: { businessName: true, calendarToken: true } });
  // Compare even when there is no provider, so both failures take the same path.
  const stored = provider?.calendarToken ?? "";
  const tokenOk = calendarTokensMatch(stored, token) && isIssuedCalendarToken(stored);
  if (!provider || !tokenOk) throw notFound("Calendar");

  const bookings = await db.booking.findMany({
    where: {
      providerId,
      status: "CONFIRMED",
      endsAt: { gt: new Date(now.getTime() - PAST_DAYS * DAY_MS) },
      startsAt: { lt: new Date(now.getTime() + FUTURE_DAYS * DAY_MS) },
    },
    select: feedBookingSelect,
    orderBy: { startsAt: "asc" },
    take: MAX_EVENTS,
  });
  const reschedules = await countReschedules(db, bookings.map((b) => b.id));
  const { error, value } = createEvents(
    bookings.map((booking) => feedEvent(booking, reschedules.get(booking.id) ?? 0)),
    { productId: "hearth/calendar", calName: `${provider.businessName} — Hearth bookings` },
  );
  if (error || !value) throw error ?? new Error("Could not build the calendar feed");
  const stable = value.replace(/^DTSTAMP:.*\r\n/gm, "");
  return { ics: value, contentType: "text/calendar; charset=utf-8", etag: `"${createHash("sha256").update(stable).digest("base64url")}"` };
}

function feedEvent(booking: FeedBooking, reschedules: number): EventAttributes {
  const firstName = booking.customer.name.trim().split(/\s+/)[0] || "customer";
  return {
    uid: bookingEventUid(booking.id),
    sequence: bookingEventSequence("CONFIRMED", reschedules),
    title: `${booking.serviceName} — ${firstName}`,
    status: "CONFIRMED",
    busyStatus: "BUSY",
    start: booking.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: booking.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    location: booking.addressLine || undefined,
    description: booking.notes || undefined,
  };
}
