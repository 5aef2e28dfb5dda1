// Shared by the dispute integration tests (not a test file itself).
import { completeBooking } from "../bookings/complete-booking";
import { confirmBooking } from "../bookings/confirm-booking";
import { requestBooking } from "../bookings/request-booking";
import { db } from "../core/db";
import { TEST_CARD } from "../payments/test-cards";
import { NOW, TUE10, asProvider, at, customer, provider } from "../payments/test-support";

export const DAY = 86_400_000;

const WEEK = 7 * DAY;

/**
 * A $120 one-hour booking Tuesday 10:00 New York, completed and captured at its end + 1 h (fee 15 %).
 * On PostgreSQL all test files share one database and the deadline job acts on every overdue
 * dispute, so the file that runs the job books `weeksEarlier` (an era of its own that no other
 * file's disputes share); files without the job use the default era.
 */
export async function completedBooking({ priceAmount = 12_000, weeksEarlier = 0 }: { priceAmount?: number; weeksEarlier?: number } = {}) {
  const p = await provider({ bookingMode: "REQUEST", priceAmount });
  const c = await customer();
  const start = new Date(Date.parse(TUE10) - weeksEarlier * WEEK).toISOString();
  const now = new Date(NOW.getTime() - weeksEarlier * WEEK);
  const { booking, payment } = await requestBooking({ actor: c, serviceId: p.services[0].id, start, paymentMethod: TEST_CARD, now });
  await confirmBooking({ actor: asProvider(p), bookingId: booking!.id, now });
  await completeBooking({ actor: asProvider(p), bookingId: booking!.id, now: at(start, 2) });
  const row = await db.booking.findUniqueOrThrow({ where: { id: booking!.id }, select: { endsAt: true } });
  return { p, providerActor: asProvider(p), customer: c, bookingId: booking!.id, paymentId: payment.id, endsAt: row.endsAt };
}

export const afterEnd = (endsAt: Date, days: number, ms = 0) => new Date(endsAt.getTime() + days * DAY + ms);

/** The smallest valid PNG header the sniffer recognises, and a fake "image" that is really text. */
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
export const TEXT_AS_PNG = Buffer.from("<script>alert(1)</script>");
