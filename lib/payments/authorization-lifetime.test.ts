import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import { requestBooking } from "../bookings/request-booking";
import { rescheduleBooking } from "../bookings/reschedule-booking";
import { TEST_CARD } from "./test-cards";
import { NOW, TUE10, customer, expectAppError, provider } from "./test-support";

setupTestDatabase();

// NOW is Monday 7 January 2030 12:00 UTC; the provider opens Mon–Fri 09–17 New York; one-hour service.
const FRI10 = "2030-01-11T15:00:00.000Z"; // 4 days 3 hours ahead
const THU10 = "2030-01-10T15:00:00.000Z";
const NEXT_MON10 = "2030-01-14T15:00:00.000Z"; // 6 days 3 hours ahead: starts inside the 7 days…
// …but an authorization made now would lapse before the scheduler auto-completes it (24 h after its end).

const paymentOf = (bookingId: string) => db.payment.findUniqueOrThrow({ where: { bookingId }, select: { status: true, authorizedAt: true } });

describe("an authorization must last until the payment is captured", () => {
  it("authorizes at once a booking it outlasts, and only saves the card of one it would not", async () => {
    const p = await provider();
    const soon = await requestBooking({ actor: await customer(), serviceId: p.services[0].id, start: FRI10, paymentMethod: TEST_CARD, now: NOW });
    expect(await paymentOf(soon.booking!.id)).toEqual({ status: "AUTHORIZED", authorizedAt: NOW });

    const later = await requestBooking({ actor: await customer(), serviceId: p.services[0].id, start: NEXT_MON10, paymentMethod: TEST_CARD, now: NOW });
    expect(await paymentOf(later.booking!.id)).toEqual({ status: "CARD_SAVED", authorizedAt: null });
  });

  it("refuses to move an authorized booking past its authorization, and moves it within", async () => {
    const p = await provider();
    const c = await customer();
    const { booking } = await requestBooking({ actor: c, serviceId: p.services[0].id, start: TUE10, paymentMethod: TEST_CARD, now: NOW });

    const error = await expectAppError(rescheduleBooking({ actor: c, bookingId: booking!.id, start: NEXT_MON10, now: NOW }), "INVALID_STATE");
    expect(error.status).toBe(409);
    expect(error.details).toMatchObject({ reason: "AUTHORIZATION_WOULD_LAPSE" });
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking!.id }, select: { startsAt: true } })).toEqual({ startsAt: new Date(TUE10) });

    const moved = await rescheduleBooking({ actor: c, bookingId: booking!.id, start: THU10, now: NOW });
    expect(moved.start).toBe(THU10);
    expect((await paymentOf(booking!.id)).status).toBe("AUTHORIZED");
  });
});
