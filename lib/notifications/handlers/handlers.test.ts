import { db } from "../../core/db";
import { setupTestDatabase } from "../../testing/test-database";
import { createTestBooking } from "../test-fixtures";
import { deliverPendingEvents } from "../../events/deliver";
import { settleDispatches } from "../../events/dispatch";
import { recordEvent } from "../../events/record-event";
import { transactional } from "../../events/transactional";
import type { DomainEventType } from "../../events/types";

setupTestDatabase();

async function emit(type: Extract<DomainEventType, `booking.${string}`>, bookingId: string): Promise<string> {
  const id = await transactional((tx) => recordEvent(tx, { type, actorId: null, entity: { type: "Booking", id: bookingId }, data: { bookingId } }));
  await settleDispatches();
  return id;
}

/** Simulates a redelivery (a lease that expired mid-run, or an operator replaying the event). */
async function replay(eventId: string) {
  await db.eventDelivery.deleteMany({ where: { eventId } });
  await db.outboxEvent.update({ where: { id: eventId }, data: { status: "PENDING", nextAttemptAt: new Date(Date.now() - 1_000) } });
  await deliverPendingEvents({ ids: [eventId] });
}

const emailsFor = (bookingId: string) =>
  db.emailMessage.findMany({ where: { dedupeKey: { contains: bookingId } }, orderBy: { dedupeKey: "asc" } });
const notificationsFor = (bookingId: string) => db.notification.findMany({ where: { dedupeKey: { contains: bookingId } } });

describe("booking event handlers", () => {
  it("booking.requested: emails and notifies the provider, emails the customer, once", async () => {
    const { booking, customer, providerUser } = await createTestBooking();
    const eventId = await emit("booking.requested", booking.id);

    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ status: "DELIVERED" });
    const emails = await emailsFor(booking.id);
    expect(emails.map((e) => [e.dedupeKey, e.to, e.template])).toEqual([
      [`booking.requested:${booking.id}:customer`, customer.email, "booking-requested-customer"],
      [`booking.requested:${booking.id}:provider`, providerUser.email, "booking-requested-provider"],
    ]);
    expect(emails[0].subject).toBe("Request sent: Deep clean with Sparkle & Co");
    expect(emails[1].text).toContain("(America/New_York)");
    expect(emails[1].text).toContain("(Europe/London)");
    expect(emails[1].text).toContain("£85.00");
    expect(emails[0].attachments).toEqual([expect.objectContaining({ filename: "booking.ics", type: "text/calendar" })]);

    const notifications = await notificationsFor(booking.id);
    expect(notifications).toEqual([
      expect.objectContaining({ userId: providerUser.id, type: "booking.requested", title: "New booking request", link: "/dashboard/bookings" }),
    ]);

    await replay(eventId);
    expect(await emailsFor(booking.id)).toHaveLength(2);
    expect(await notificationsFor(booking.id)).toHaveLength(1);
  });

  it.each([
    ["booking.confirmed", "Booking confirmed", "Confirmed: Deep clean with Sparkle & Co"],
    ["booking.declined", "Booking declined", "Declined: Deep clean with Sparkle & Co"],
  ] as const)("%s: emails and notifies the customer, once", async (type, title, subject) => {
    const { booking, customer } = await createTestBooking();
    const eventId = await emit(type, booking.id);
    await replay(eventId);

    const emails = await emailsFor(booking.id);
    expect(emails).toEqual([expect.objectContaining({ dedupeKey: `${type}:${booking.id}:customer`, to: customer.email, subject })]);
    const ics = Buffer.from((emails[0].attachments as { content: string }[])[0].content, "base64").toString("utf8");
    expect(ics).toContain("DTSTART:20300314T150000Z");
    expect(await notificationsFor(booking.id)).toEqual([
      expect.objectContaining({ userId: customer.id, type, title, link: `/account/bookings/${booking.id}` }),
    ]);
  });

  it("does nothing for a booking that no longer exists", async () => {
    const eventId = await emit("booking.confirmed", "no-such-booking");
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ status: "DELIVERED" });
    expect(await emailsFor("no-such-booking")).toHaveLength(0);
  });
});
