import { db } from "../../core/db";
import { setupTestDatabase } from "../../testing/test-database";
import { createTestBooking, createTestUser } from "../test-fixtures";
import { deliverPendingEvents } from "../../events/deliver";
import { settleDispatches } from "../../events/dispatch";
import { recordEvent } from "../../events/record-event";
import { transactional } from "../../events/transactional";
import type { DomainEventPayloads, DomainEventType } from "../../events/types";

setupTestDatabase();

// 15:00Z on 14 March 2030 (the fixture's booking): 11:00 EDT for the customer, 15:00 GMT for the provider.
const ORIGINAL_NY = "Thu, Mar 14, 2030, 11:00 AM – 1:00 PM EDT (America/New_York)";
const ORIGINAL_LONDON = "Thu, Mar 14, 2030, 3:00 PM – 5:00 PM GMT (Europe/London)";

async function emit<T extends DomainEventType>(type: T, bookingId: string, data: DomainEventPayloads[T], actorId: string | null = null) {
  const id = await transactional((tx) => recordEvent(tx, { type, actorId, entity: { type: "Booking", id: bookingId }, data }));
  await settleDispatches();
  const deliveries = await db.eventDelivery.findMany({ where: { eventId: id }, select: { handler: true, status: true } });
  // Every handler ran to success: a throwing handler would leave its delivery PENDING for a retry.
  expect(deliveries.filter((d) => d.status !== "DELIVERED")).toEqual([]);
  return id;
}

/** Simulates a redelivery (a lease that expired mid-run, or an operator replaying the event). */
async function replay(eventId: string) {
  await db.eventDelivery.deleteMany({ where: { eventId } });
  await db.outboxEvent.update({ where: { id: eventId }, data: { status: "PENDING", nextAttemptAt: new Date(Date.now() - 1_000) } });
  await deliverPendingEvents({ ids: [eventId] });
}

const emailsFor = (bookingId: string) =>
  db.emailMessage.findMany({ where: { dedupeKey: { contains: bookingId } }, orderBy: [{ createdAt: "asc" }, { dedupeKey: "asc" }] });
const notificationsFor = (bookingId: string) =>
  db.notification.findMany({ where: { dedupeKey: { contains: bookingId } }, orderBy: [{ createdAt: "asc" }, { dedupeKey: "asc" }] });
const icsOf = (email: { attachments: unknown }) =>
  Buffer.from((email.attachments as { content: string }[])[0].content, "base64").toString("utf8");
const field = (ics: string, name: string) => new RegExp(`^${name}:(.*)$`, "m").exec(ics)?.[1]?.trim();

async function confirmedBooking() {
  const fixture = await createTestBooking();
  await db.booking.update({ where: { id: fixture.booking.id }, data: { status: "CONFIRMED", confirmedAt: new Date() } });
  return fixture;
}

describe("booking.expired", () => {
  it("emails and notifies the customer, notifies the provider, once", async () => {
    const { booking, customer, providerUser } = await createTestBooking();
    await db.booking.update({ where: { id: booking.id }, data: { status: "EXPIRED" } });
    const eventId = await emit("booking.expired", booking.id, { bookingId: booking.id });
    await replay(eventId);

    const emails = await emailsFor(booking.id);
    expect(emails).toEqual([expect.objectContaining({ to: customer.email, dedupeKey: `booking.expired:${booking.id}:customer`, template: "booking-expired" })]);
    expect(emails[0].text).toContain("Your request expired — the provider didn't answer in time");
    expect(emails[0].text).toContain(`/account/bookings/${booking.id}`);
    expect(emails[0].text).toContain(ORIGINAL_NY);
    expect(emails[0].text).toContain(ORIGINAL_LONDON);
    const ics = icsOf(emails[0]);
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("STATUS:CANCELLED");
    expect(field(ics, "UID")).toBe(`booking-${booking.id}@hearth`);

    const notifications = await notificationsFor(booking.id);
    expect(notifications.map((n) => [n.userId, n.type, n.link]).sort()).toEqual(
      [
        [customer.id, "booking.expired", `/account/bookings/${booking.id}`],
        [providerUser.id, "booking.expired", "/dashboard/bookings"],
      ].sort(),
    );
  });
});

describe("booking.cancelled", () => {
  it("customer cancels: the provider is notified, both are emailed with the refund and a METHOD:CANCEL of the confirmed event", async () => {
    const { booking, customer, providerUser } = await confirmedBooking();
    await emit("booking.confirmed", booking.id, { bookingId: booking.id });
    const confirmation = (await emailsFor(booking.id))[0];
    await db.booking.update({
      where: { id: booking.id },
      data: { status: "CANCELLED", cancelledAt: new Date(), cancelledBy: "CUSTOMER", cancelReason: "Moving house", refundAmount: 4250 },
    });
    const eventId = await emit("booking.cancelled", booking.id, { bookingId: booking.id, cancelledBy: "CUSTOMER", refundAmount: 4250 }, customer.id);
    await replay(eventId);

    const emails = (await emailsFor(booking.id)).filter((e) => e.dedupeKey.startsWith("booking.cancelled:"));
    expect(emails.map((e) => [e.to, e.dedupeKey]).sort()).toEqual(
      [
        [customer.email, `booking.cancelled:${booking.id}:customer:${eventId}`],
        [providerUser.email, `booking.cancelled:${booking.id}:provider:${eventId}`],
      ].sort(),
    );
    const toCustomer = emails.find((e) => e.to === customer.email)!;
    const toProvider = emails.find((e) => e.to === providerUser.email)!;
    expect(toCustomer.subject).toBe("Cancelled: Deep clean with Sparkle & Co");
    expect(toCustomer.text).toContain("Your cancellation is confirmed");
    expect(toCustomer.text).toContain("You will be refunded £42.50.");
    expect(toProvider.text).toContain("Casey Customer cancelled Deep clean");
    expect(toProvider.text).toContain("Reason: Moving house");
    expect(toProvider.text).toContain("Refund: £42.50");
    for (const email of [toCustomer, toProvider]) {
      expect(email.text).toContain(ORIGINAL_NY);
      expect(email.text).toContain(ORIGINAL_LONDON);
    }

    const confirmedIcs = icsOf(confirmation);
    for (const email of [toCustomer, toProvider]) {
      const ics = icsOf(email);
      expect(ics).toContain("METHOD:CANCEL");
      expect(ics).toContain("STATUS:CANCELLED");
      expect(field(ics, "UID")).toBe(field(confirmedIcs, "UID"));
      expect(Number(field(ics, "SEQUENCE"))).toBeGreaterThan(Number(field(confirmedIcs, "SEQUENCE")));
      expect(ics).toMatch(/^ORGANIZER;CN="Hearth":MAILTO:/m);
    }

    const notifications = (await notificationsFor(booking.id)).filter((n) => n.type === "booking.cancelled");
    expect(notifications).toEqual([expect.objectContaining({ userId: providerUser.id, link: "/dashboard/bookings" })]);
    expect(notifications[0].body).toContain("Refund: £42.50");
  });

  it("provider cancels: the customer gets the notice and notification, the provider a confirmation", async () => {
    const { booking, customer, providerUser } = await confirmedBooking();
    await db.booking.update({ where: { id: booking.id }, data: { status: "CANCELLED", cancelledBy: "PROVIDER", refundAmount: 8500 } });
    const eventId = await emit("booking.cancelled", booking.id, { bookingId: booking.id, cancelledBy: "PROVIDER", refundAmount: 8500 }, providerUser.id);
    await replay(eventId);

    const emails = await emailsFor(booking.id);
    expect(emails).toHaveLength(2);
    expect(emails.find((e) => e.to === customer.email)!.text).toContain("Sparkle & Co cancelled Deep clean.");
    expect(emails.find((e) => e.to === customer.email)!.text).toContain("You will be refunded £85.00.");
    expect(emails.find((e) => e.to === providerUser.email)!.text).toContain("Your cancellation is confirmed");
    expect(await notificationsFor(booking.id)).toEqual([expect.objectContaining({ userId: customer.id, type: "booking.cancelled" })]);
  });

  it("admin cancels: both parties are emailed and notified, the admin gets a record", async () => {
    const { booking, customer, providerUser } = await confirmedBooking();
    const admin = await createTestUser({ role: "ADMIN", name: "Ada Admin" });
    await db.booking.update({ where: { id: booking.id }, data: { status: "CANCELLED", cancelledBy: "ADMIN", refundAmount: 0 } });
    const eventId = await emit("booking.cancelled", booking.id, { bookingId: booking.id, cancelledBy: "ADMIN", refundAmount: 0 }, admin.id);
    await replay(eventId);

    const emails = await emailsFor(booking.id);
    expect(emails.map((e) => e.to).sort()).toEqual([admin.email, customer.email, providerUser.email].sort());
    const toAdmin = emails.find((e) => e.to === admin.email)!;
    expect(toAdmin.attachments).toBeNull();
    expect(toAdmin.text).toContain(`When (customer's time): ${ORIGINAL_NY}`);
    expect(emails.find((e) => e.to === customer.email)!.text).toContain("Hearth support cancelled Deep clean.");
    expect(emails.find((e) => e.to === customer.email)!.text).toContain("Refund: None (£0.00)");
    expect((await notificationsFor(booking.id)).map((n) => n.userId).sort()).toEqual([customer.id, providerUser.id].sort());
  });
});

describe("booking.rescheduled", () => {
  const moveTo = (bookingId: string, startsAt: Date) => {
    const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
    return db.booking.update({ where: { id: bookingId }, data: { startsAt, endsAt, blockStartsAt: startsAt, blockEndsAt: endsAt } });
  };
  const original = { previousStart: "2030-03-14T15:00:00.000Z", previousEnd: "2030-03-14T17:00:00.000Z" };

  it("emails both parties with old and new times and an updated event, notifies the other party, and again on every move", async () => {
    const { booking, customer, providerUser } = await confirmedBooking();
    await moveTo(booking.id, new Date("2030-03-21T10:00:00Z"));
    const first = await emit("booking.rescheduled", booking.id, { bookingId: booking.id, ...original }, customer.id);
    await replay(first);

    let emails = await emailsFor(booking.id);
    expect(emails.map((e) => e.to).sort()).toEqual([customer.email, providerUser.email].sort());
    const toCustomer = emails.find((e) => e.to === customer.email)!;
    expect(toCustomer.subject).toBe("Rescheduled: Deep clean with Sparkle & Co");
    expect(toCustomer.text).toContain("When (your time): Thu, Mar 21, 2030, 6:00 AM – 8:00 AM EDT (America/New_York)");
    expect(toCustomer.text).toContain("When (provider's time): Thu, Mar 21, 2030, 10:00 AM – 12:00 PM GMT (Europe/London)");
    expect(toCustomer.text).toContain(`Previously (your time): ${ORIGINAL_NY}`);
    expect(toCustomer.text).toContain(`Previously (provider's time): ${ORIGINAL_LONDON}`);
    const ics = icsOf(toCustomer);
    expect(field(ics, "UID")).toBe(`booking-${booking.id}@hearth`);
    expect(field(ics, "DTSTART")).toBe("20300321T100000Z");
    expect(field(ics, "SEQUENCE")).toBe("2");
    expect(ics).not.toContain("METHOD:CANCEL");

    let notifications = await notificationsFor(booking.id);
    expect(notifications).toEqual([expect.objectContaining({ userId: providerUser.id, type: "booking.rescheduled", link: "/dashboard/bookings" })]);
    expect(notifications[0].body).toContain("Thu, Mar 14, 2030, 3:00 PM");
    expect(notifications[0].body).toContain("Thu, Mar 21, 2030, 10:00 AM");

    // The provider moves it back: a new announcement (to the customer in-app), with a higher SEQUENCE.
    await moveTo(booking.id, new Date(original.previousStart));
    const moved = { previousStart: "2030-03-21T10:00:00.000Z", previousEnd: "2030-03-21T12:00:00.000Z" };
    const second = await emit("booking.rescheduled", booking.id, { bookingId: booking.id, ...moved }, providerUser.id);
    emails = await emailsFor(booking.id);
    expect(emails).toHaveLength(4);
    const again = emails.filter((e) => e.dedupeKey.endsWith(second));
    expect(again.map((e) => e.to).sort()).toEqual([customer.email, providerUser.email].sort());
    expect(again.map((e) => field(icsOf(e), "SEQUENCE"))).toEqual(["3", "3"]);
    expect(again.map((e) => field(icsOf(e), "DTSTART"))).toEqual(["20300314T150000Z", "20300314T150000Z"]);
    notifications = await notificationsFor(booking.id);
    expect(notifications.map((n) => n.userId).sort()).toEqual([customer.id, providerUser.id].sort());
  });
});

describe("booking.completed and booking.no_show", () => {
  it("completed: thanks the customer with a review link, notifies both, once", async () => {
    const { booking, customer, providerUser } = await confirmedBooking();
    await db.booking.update({ where: { id: booking.id }, data: { status: "COMPLETED", completedAt: new Date() } });
    await replay(await emit("booking.completed", booking.id, { bookingId: booking.id }));

    const emails = await emailsFor(booking.id);
    expect(emails).toEqual([expect.objectContaining({ to: customer.email, template: "booking-completed", dedupeKey: `booking.completed:${booking.id}:customer` })]);
    expect(emails[0].text).toContain(`Leave a review: http`);
    expect(emails[0].text).toContain(`/account/bookings/${booking.id}`);
    expect((await notificationsFor(booking.id)).map((n) => n.userId).sort()).toEqual([customer.id, providerUser.id].sort());
  });

  it("no_show: emails and notifies the customer, once", async () => {
    const { booking, customer } = await confirmedBooking();
    await replay(await emit("booking.no_show", booking.id, { bookingId: booking.id }));
    expect(await emailsFor(booking.id)).toEqual([expect.objectContaining({ to: customer.email, dedupeKey: `booking.no_show:${booking.id}:customer` })]);
    expect(await notificationsFor(booking.id)).toEqual([expect.objectContaining({ userId: customer.id, type: "booking.no_show" })]);
  });
});

describe("booking.reminder_due", () => {
  it("reminds the customer and the provider with a calendar file, once per booking and recipient", async () => {
    const { booking, customer, providerUser } = await confirmedBooking();
    const eventId = await emit("booking.reminder_due", booking.id, { bookingId: booking.id });
    await replay(eventId);
    await emit("booking.reminder_due", booking.id, { bookingId: booking.id });

    const emails = await emailsFor(booking.id);
    expect(emails.map((e) => e.to).sort()).toEqual([customer.email, providerUser.email].sort());
    const toProvider = emails.find((e) => e.to === providerUser.email)!;
    expect(toProvider.subject).toBe("Reminder: Deep clean for Casey Customer");
    expect(toProvider.text).toContain(`When (your time): ${ORIGINAL_LONDON}`);
    expect(toProvider.text).toContain(`When (customer's time): ${ORIGINAL_NY}`);
    expect(icsOf(toProvider)).toContain("DTSTART:20300314T150000Z");
    expect(icsOf(toProvider)).toContain("STATUS:CONFIRMED");
  });

  it("sends nothing for a booking cancelled before the reminder ran", async () => {
    const { booking } = await createTestBooking();
    await db.booking.update({ where: { id: booking.id }, data: { status: "CANCELLED" } });
    await emit("booking.reminder_due", booking.id, { bookingId: booking.id });
    expect(await emailsFor(booking.id)).toHaveLength(0);
  });
});

describe("calendar files of a request moved before its answer", () => {
  /** A request the customer moved once: its email carries a tentative file one revision up. */
  async function movedRequest() {
    const fixture = await createTestBooking();
    const { booking, customer } = fixture;
    const previous = { previousStart: "2030-03-14T13:00:00.000Z", previousEnd: "2030-03-14T15:00:00.000Z" }; // two hours earlier
    await emit("booking.rescheduled", booking.id, { bookingId: booking.id, ...previous }, customer.id);
    const moved = (await emailsFor(booking.id)).find((e) => e.to === customer.email && e.dedupeKey.startsWith("booking.rescheduled:"))!;
    return { ...fixture, movedSequence: Number(field(icsOf(moved), "SEQUENCE")) };
  }

  it("confirming it sends a file that outranks the moved one, so calendars take the confirmation", async () => {
    const { booking, movedSequence } = await movedRequest();
    await db.booking.update({ where: { id: booking.id }, data: { status: "CONFIRMED", confirmedAt: new Date() } });
    await emit("booking.confirmed", booking.id, { bookingId: booking.id });

    const confirmation = (await emailsFor(booking.id)).find((e) => e.dedupeKey === `booking.confirmed:${booking.id}:customer`)!;
    const ics = icsOf(confirmation);
    expect(ics).toContain("STATUS:CONFIRMED");
    expect(Number(field(ics, "SEQUENCE"))).toBeGreaterThan(movedSequence);
  });

  it("declining it sends a METHOD:CANCEL of the same event that outranks the moved one", async () => {
    const { booking, movedSequence } = await movedRequest();
    await db.booking.update({ where: { id: booking.id }, data: { status: "DECLINED" } });
    await emit("booking.declined", booking.id, { bookingId: booking.id });

    const declined = (await emailsFor(booking.id)).find((e) => e.dedupeKey === `booking.declined:${booking.id}:customer`)!;
    const ics = icsOf(declined);
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("STATUS:CANCELLED");
    expect(field(ics, "UID")).toBe(`booking-${booking.id}@hearth`);
    expect(Number(field(ics, "SEQUENCE"))).toBeGreaterThan(movedSequence);
  });
});
