import { DateTime } from "luxon";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { settleDispatches } from "../events/dispatch";
import { setupTestDatabase } from "../testing/test-database";
import { makeBooking, makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import { EVERY_DAY, weeklyHours, type SeededProvider } from "../../prisma/seed/builders";
import { TEST_CARD } from "../payments/test-cards";
import { requestBooking } from "../bookings/request-booking";
import { cancelBooking } from "../bookings/cancel-booking";
import { isOverlapViolation } from "../bookings/slot-taken";
import { joinWaitlist } from "./join-waitlist";
import { leaveWaitlist } from "./leave-waitlist";
import { listMyWaitlist } from "./list-my-waitlist";
import { listProviderWaitlist } from "./list-provider-waitlist";
import { offerGap } from "./offer-gap";
import { passOnLapsedHolds } from "./pass-on-lapsed-holds";
import { setFillGaps } from "./set-fill-gaps";
import { getHold } from "./get-hold";

setupTestDatabase();

/*
 * The waitlist against a real database. Freed time is offered by the outbox handlers, which run
 * after commit with the real clock, so the booked day is a real one ten days ahead and `now` is
 * the real time; expiry is reached by passing a later `now` (never by waiting).
 */

const MINUTE = 60_000;
const ZONE = "America/New_York";
const now = new Date();
const later = (minutes: number) => new Date(now.getTime() + minutes * MINUTE);
const date = DateTime.now().setZone(ZONE).plus({ days: 10 }).toISODate()!;
const at = (clock: string) => DateTime.fromISO(`${date}T${clock}`, { zone: ZONE }).toJSDate();
const iso = (clock: string) => at(clock).toISOString();

const asCustomer = (user: { id: string }): Actor => ({ userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null });
const asProvider = (p: SeededProvider): Actor => ({ userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id });
const customer = async () => asCustomer(await makeCustomer());
/** Handlers run after commit, and their own events after theirs. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await settleDispatches();
};

async function provider() {
  const timing = { bufferBeforeMin: 0, bufferAfterMin: 0, minNoticeMin: 0, horizonDays: 365, bookingMode: "INSTANT" as const };
  return makeProvider({
    timeZone: ZONE,
    weeklyHours: weeklyHours(EVERY_DAY, "08:00", "20:00"),
    services: [
      { name: "Long clean", categorySlug: "cleaning", durationMin: 60, slotStepMin: 30, ...timing },
      { name: "Quick fix", categorySlug: "cleaning", durationMin: 30, slotStepMin: 30, ...timing },
    ],
  });
}

async function book(actor: Actor, serviceId: string, start: string, when = now, notes?: string) {
  const { booking } = await requestBooking({ actor, serviceId, start, paymentMethod: TEST_CARD, now: when, notes });
  if (!booking) throw new Error("expected a booking");
  return booking;
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as AppError);
const holdsOf = (providerId: string) =>
  db.slotHold.findMany({ where: { providerId }, orderBy: { createdAt: "asc" }, select: { id: true, customerId: true, status: true, startsAt: true, endsAt: true, bookingId: true, passedOnAt: true } });

beforeAll(async () => {
  await makeCategoryTree();
});

describe("freed time goes to the waitlist in order", () => {
  it("offers a cancelled slot first come first served, skips windows that miss it, and passes lapsed holds on", async () => {
    const p = await provider();
    const [long] = p.services;
    const booker = await customer();
    const booking = await book(booker, long.id, iso("10:00"));

    const [a, b, c, d] = [await customer(), await customer(), await customer(), await customer()];
    await joinWaitlist({ actor: a, serviceId: long.id, date, startTime: "13:00", endTime: "15:00", now }); // first, but the window misses 10:00
    await joinWaitlist({ actor: b, serviceId: long.id, date, now }); // the whole day
    await joinWaitlist({ actor: c, serviceId: long.id, date, startTime: "09:00", endTime: "12:00", now });

    await cancelBooking({ actor: booker, bookingId: booking.id, now });
    await settle();

    let holds = await holdsOf(p.id);
    expect(holds).toEqual([expect.objectContaining({ customerId: b.userId, status: "ACTIVE", startsAt: at("10:00"), endsAt: at("11:00") })]);
    // B hears of it: an in-app notification and an email with the hold link.
    const notification = await db.notification.findFirst({ where: { userId: b.userId, type: "waitlist.offered" }, select: { link: true } });
    expect(notification?.link).toBe(`/account/waitlist/holds/${holds[0].id}`);
    const email = await db.emailMessage.findFirst({ where: { template: "waitlist-offer", dedupeKey: `waitlist.offered:${holds[0].id}:customer` }, select: { text: true } });
    expect(email?.text).toContain(`/account/waitlist/holds/${holds[0].id}`);
    expect((await getHold({ actor: b, holdId: holds[0].id, now })).status).toBe("ACTIVE");

    // While the hold lives, nobody else can book the time.
    const taken = await refusal(book(c, long.id, iso("10:00")));
    expect(taken).toBeInstanceOf(AppError);
    expect(taken?.code).toBe("SLOT_TAKEN");

    // B lets it lapse: the next person whose window fits (C; A's still does not) gets it.
    expect(await passOnLapsedHolds({ now: later(16) })).toBe(1);
    holds = await holdsOf(p.id);
    expect(holds.map((h) => [h.customerId, h.status])).toEqual([
      [b.userId, "EXPIRED"],
      [c.userId, "ACTIVE"],
    ]);
    expect((await getHold({ actor: b, holdId: holds[0].id, now: later(16) })).status).toBe("EXPIRED");

    // C lets it lapse too: nobody is left whose window fits, so the time is simply free again.
    await passOnLapsedHolds({ now: later(40) });
    holds = await holdsOf(p.id);
    expect(holds.map((h) => h.status)).toEqual(["EXPIRED", "EXPIRED"]);
    expect(holds.every((h) => h.passedOnAt)).toBe(true);
    const free = await book(d, long.id, iso("10:00"), later(41));
    expect(free.start).toBe(iso("10:00"));
  });

  it("a lapsed hold stops blocking at its expiry, before any job has run", async () => {
    const p = await provider();
    const [long] = p.services;
    const [holder, other] = [await customer(), await customer()];
    await joinWaitlist({ actor: holder, serviceId: long.id, date, now });
    expect((await offerGap({ actor: asProvider(p), date, startTime: "10:00", endTime: "11:00", now })).offered).toBe(1);

    expect((await refusal(book(other, long.id, iso("10:00"), later(14))))?.code).toBe("SLOT_TAKEN");
    const booking = await book(other, long.id, iso("10:00"), later(16)); // no passOnLapsedHolds in between
    expect(booking.start).toBe(iso("10:00"));
    // The holder comes back too late: the time is booked.
    expect((await refusal(book(holder, long.id, iso("10:00"), later(17))))?.code).toBe("SLOT_TAKEN");
    await passOnLapsedHolds({ now: later(17) });
    expect((await holdsOf(p.id)).map((h) => h.status)).toEqual(["EXPIRED"]);
  });
});

describe("a hold keeps the time in the database", () => {
  it("refuses a booking row written over a live hold, a hold over a live booking, and two overlapping holds", async () => {
    const p = await provider();
    const [long, quick] = p.services;
    const [holder, other] = [await customer(), await customer()];
    await joinWaitlist({ actor: holder, serviceId: long.id, date, now });
    await offerGap({ actor: asProvider(p), date, startTime: "10:00", endTime: "11:00", now });

    // Bypassing every use case (no lock, no slot engine): the trigger refuses it as an overlap.
    const error = await refusal(makeBooking({ serviceId: quick.id, customerId: other.userId, startsAt: at("10:30"), status: "CONFIRMED" }));
    expect(isOverlapViolation(error)).toBe(true);
    // Cancelled rows do not hold time, so they pass.
    await makeBooking({ serviceId: quick.id, customerId: other.userId, startsAt: at("10:30"), status: "CANCELLED" });

    const [hold] = await holdsOf(p.id);
    const entry = await db.slotHold.findUniqueOrThrow({ where: { id: hold.id }, select: { entryId: true } });
    const overlapping = (startsAt: Date, endsAt: Date) =>
      refusal(
        db.slotHold.create({
          data: { entryId: entry.entryId, customerId: holder.userId, providerId: p.id, serviceId: long.id, startsAt, endsAt, blockStartsAt: startsAt, blockEndsAt: endsAt, expiresAt: later(15), offerStartsAt: startsAt, offerEndsAt: endsAt },
        }),
      );
    expect(String((await overlapping(at("10:30"), at("11:30"))) ?? "")).toMatch(/SlotHold_no_overlap|23P01/);
    await makeBooking({ serviceId: long.id, customerId: other.userId, startsAt: at("14:00"), status: "CONFIRMED" });
    expect(String((await overlapping(at("14:30"), at("15:00"))) ?? "")).toMatch(/SlotHold_no_overlap|23P01/);
  });
});

describe("claiming a held time", () => {
  it("lets exactly one claim win when the holder and others book it at once", async () => {
    const p = await provider();
    const [long] = p.services;
    const [holder, rival] = [await customer(), await customer()];
    await joinWaitlist({ actor: holder, serviceId: long.id, date, now });
    await offerGap({ actor: asProvider(p), date, startTime: "10:00", endTime: "11:00", now });
    // The holder sees the held time among the free ones; nobody else does.
    const { getServiceSlots } = await import("../availability/get-service-slots");
    const query = { from: iso("08:00"), to: iso("20:00") };
    expect((await getServiceSlots({ serviceId: long.id, query, customerId: holder.userId })).data.map((s) => s.start)).toContain(iso("10:00"));
    expect((await getServiceSlots({ serviceId: long.id, query, customerId: rival.userId })).data.map((s) => s.start)).not.toContain(iso("10:00"));

    const attempts = [holder, rival, holder, rival, holder, rival];
    // Distinct notes make each a distinct request (an identical one would be an idempotent replay of the same booking).
    const results = await Promise.allSettled(attempts.map((actor, i) => book(actor, long.id, iso("10:00"), now, `attempt ${i}`)));
    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [{ booking: r.value, actor: attempts[i] }] : []));
    expect(won).toHaveLength(1);
    expect(won[0].actor.userId).toBe(holder.userId);
    for (const r of results) if (r.status === "rejected") expect((r.reason as AppError).code).toBe("SLOT_TAKEN");

    const [hold] = await holdsOf(p.id);
    expect(hold).toEqual(expect.objectContaining({ status: "CLAIMED", bookingId: won[0].booking.id }));
    expect(await db.waitlistEntry.findFirst({ where: { customerId: holder.userId }, select: { status: true } })).toEqual({ status: "BOOKED" });
    expect(await db.booking.count({ where: { providerId: p.id, status: { in: ["REQUESTED", "CONFIRMED"] } } })).toBe(1);
  });
});

describe("gap offers", () => {
  it("a provider offers a free gap by hand: the first waiting customer whose service fits gets it", async () => {
    const p = await provider();
    const [long, quick] = p.services;
    const booker = await customer();
    await book(booker, long.id, iso("09:00")); // 09:00–10:00
    await book(booker, quick.id, iso("10:30")); // gap 10:00–10:30
    const [l, q1, q2] = [await customer(), await customer(), await customer()];
    await joinWaitlist({ actor: l, serviceId: long.id, date, now }); // first, but an hour does not fit
    await joinWaitlist({ actor: q1, serviceId: quick.id, date, now });
    await joinWaitlist({ actor: q2, serviceId: quick.id, date, now });

    expect((await offerGap({ actor: asProvider(p), date, startTime: "10:00", endTime: "10:30", now })).offered).toBe(1);
    expect((await holdsOf(p.id)).map((h) => [h.customerId, h.startsAt])).toEqual([[q1.userId, at("10:00")]]);
    // Offering it again while the hold lives offers nothing more: one offer per slot at a time.
    expect((await offerGap({ actor: asProvider(p), date, startTime: "10:00", endTime: "10:30", now })).offered).toBe(0);

    const { entries } = await listProviderWaitlist({ actor: asProvider(p), now });
    expect(entries.map((e) => e.serviceId)).toEqual([long.id, quick.id, quick.id]);
    expect(entries[1].hold?.startsAt).toEqual(at("10:00"));
  });

  it("with fill gaps on, a cancellation offers the free gap around it to customers of shorter services", async () => {
    const p = await provider();
    const [long, quick] = p.services;
    await setFillGaps({ actor: asProvider(p), enabled: true });
    const booker = await customer();
    await book(booker, long.id, iso("09:00"));
    const freed = await book(booker, long.id, iso("10:00"));
    await book(booker, long.id, iso("11:30")); // gap after the cancellation: 10:00–11:30
    const [l, q1, q2] = [await customer(), await customer(), await customer()];
    await joinWaitlist({ actor: l, serviceId: long.id, date, startTime: "15:00", endTime: "17:00", now });
    await joinWaitlist({ actor: q1, serviceId: quick.id, date, now });
    await joinWaitlist({ actor: q2, serviceId: quick.id, date, startTime: "10:00", endTime: "12:00", now });

    await cancelBooking({ actor: booker, bookingId: freed.id, now });
    await settle();

    expect((await holdsOf(p.id)).map((h) => [h.customerId, h.startsAt, h.endsAt])).toEqual([
      [q1.userId, at("10:00"), at("10:30")],
      [q2.userId, at("10:30"), at("11:00")],
    ]);
  });

  it("without fill gaps, the same cancellation is offered to the same service only", async () => {
    const p = await provider();
    const [long, quick] = p.services;
    const booker = await customer();
    const freed = await book(booker, long.id, iso("10:00"));
    const q = await customer();
    await joinWaitlist({ actor: q, serviceId: quick.id, date, now });
    await cancelBooking({ actor: booker, bookingId: freed.id, now });
    await settle();
    expect(await holdsOf(p.id)).toEqual([]);
  });
});

describe("who may do what", () => {
  it("checks the actor in every use case", async () => {
    const p = await provider();
    const other = await provider();
    const [long] = p.services;
    const [owner, stranger] = [await customer(), await customer()];
    const entry = await joinWaitlist({ actor: owner, serviceId: long.id, date, now });

    expect((await refusal(joinWaitlist({ actor: asProvider(other), serviceId: long.id, date, now })))?.code).toBe("FORBIDDEN");
    expect((await refusal(offerGap({ actor: owner, date, startTime: "10:00", endTime: "11:00", now })))?.code).toBe("FORBIDDEN");
    expect((await refusal(listProviderWaitlist({ actor: owner, now })))?.code).toBe("FORBIDDEN");
    expect((await refusal(setFillGaps({ actor: owner, enabled: true })))?.code).toBe("FORBIDDEN");
    expect((await refusal(leaveWaitlist({ actor: stranger, entryId: entry.id })))?.code).toBe("NOT_FOUND");
    // Another provider sees none of these entries and cannot offer them anything.
    expect((await listProviderWaitlist({ actor: asProvider(other), now })).entries).toEqual([]);
    expect((await offerGap({ actor: asProvider(other), date, startTime: "10:00", endTime: "11:00", now })).offered).toBe(0);

    await offerGap({ actor: asProvider(p), date, startTime: "10:00", endTime: "11:00", now });
    const [hold] = await holdsOf(p.id);
    expect((await refusal(getHold({ actor: stranger, holdId: hold.id, now })))?.code).toBe("NOT_FOUND");

    // Field errors, and one waiting entry per day.
    const invalid = await refusal(joinWaitlist({ actor: stranger, serviceId: long.id, date, startTime: "12:00", endTime: "11:00", now }));
    expect(invalid?.code).toBe("VALIDATION_FAILED");
    expect((invalid?.details as { fields: Record<string, string[]> }).fields.endTime).toBeDefined();
    expect((await refusal(joinWaitlist({ actor: owner, serviceId: long.id, date, now })))?.code).toBe("CONFLICT");

    // Leaving releases the held time; the scheduler passes it on.
    expect((await listMyWaitlist({ actor: owner, now }))[0].hold?.id).toBe(hold.id);
    await leaveWaitlist({ actor: owner, entryId: entry.id });
    expect(await listMyWaitlist({ actor: owner, now })).toEqual([]);
    expect((await holdsOf(p.id))[0].status).toBe("RELEASED");
    await passOnLapsedHolds({ now });
    expect((await holdsOf(p.id))[0].passedOnAt).not.toBeNull();
  });
});
