import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { BookingStatus } from "../generated/prisma/enums";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { actorFor } from "../notifications/test-fixtures";
import { makeBooking, makeCustomer, makeProvider } from "../testing/factories";
import { setupTestDatabase } from "../testing/test-database";
import { calendarTokensMatch, newCalendarToken } from "./feed-token";
import { getCalendarFeedLink } from "./get-calendar-feed-link";
import { getProviderCalendarFeed } from "./get-provider-calendar-feed";
import { rotateCalendarToken } from "./rotate-calendar-token";

setupTestDatabase();

const NOW = new Date("2031-06-02T12:00:00Z");
const DAY = 24 * 3_600_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

/** A provider with one 90-minute service and bookings of every kind around NOW. */
async function providerWithBookings() {
  const provider = await makeProvider({ services: [{ name: "Deep clean", durationMin: 90 }] });
  const customer = await makeCustomer({ name: "Jamie Rivera" });
  const book = (startsAt: Date, status: BookingStatus = "CONFIRMED", extra: { addressLine?: string; notes?: string } = {}) =>
    makeBooking({ serviceId: provider.services[0].id, customerId: customer.id, startsAt, status, ...extra });
  const inRange = [
    await book(at(-10), "CONFIRMED"),
    await book(at(3), "CONFIRMED", { addressLine: "12 Elm Street, Brooklyn", notes: "Ring twice; dog, friendly" }),
  ];
  const excluded = [
    await book(at(-40)), // ended more than 30 days ago
    await book(at(400)), // more than a year ahead
    await book(at(4), "REQUESTED"),
    await book(at(5), "CANCELLED"),
    await book(at(-5), "COMPLETED"),
  ];
  const link = await rotateCalendarToken({ actor: actorFor(provider.user, provider.id) });
  const token = new URL(link.url).searchParams.get("token")!;
  return { provider, customer, inRange, excluded, token };
}

async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ code: "NOT_FOUND", message: "Calendar not found" });
}

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const count = (ics: string, line: string) => unfold(ics).split("\r\n").filter((l) => l === line).length;
const values = (ics: string, name: string) =>
  unfold(ics)
    .split("\r\n")
    .filter((l) => l.startsWith(`${name}:`))
    .map((l) => l.slice(name.length + 1));

describe("getProviderCalendarFeed", () => {
  it("lists only the provider's confirmed bookings from 30 days ago to a year ahead, as valid iCalendar", async () => {
    const { provider, inRange, token } = await providerWithBookings();
    // Another provider's confirmed booking at the same time must not leak in.
    const other = await makeProvider();
    await makeBooking({ serviceId: other.services[0].id, customerId: (await makeCustomer()).id, startsAt: at(3) });

    const feed = await getProviderCalendarFeed({ providerId: provider.id, token, now: NOW });
    const ics = feed.ics;

    expect(feed.contentType).toBe("text/calendar; charset=utf-8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect([count(ics, "BEGIN:VCALENDAR"), count(ics, "END:VCALENDAR")]).toEqual([1, 1]);
    expect([count(ics, "BEGIN:VEVENT"), count(ics, "END:VEVENT")]).toEqual([2, 2]);
    // Every (unfolded) content line is NAME[;params]:value, and no physical line exceeds 75 octets.
    for (const line of unfold(ics).split("\r\n").filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9-]*[;:]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    expect(values(ics, "UID")).toEqual(inRange.map((b) => `booking-${b.id}@hearth`));
    expect(values(ics, "DTSTART")).toEqual(["20310523T120000Z", "20310605T120000Z"]);
    expect(values(ics, "DTEND")).toEqual(["20310523T133000Z", "20310605T133000Z"]);
    expect(values(ics, "SUMMARY")).toEqual(["Deep clean — Jamie", "Deep clean — Jamie"]);
    expect(values(ics, "STATUS")).toEqual(["CONFIRMED", "CONFIRMED"]);
    expect(values(ics, "LOCATION")).toEqual(["12 Elm Street\\, Brooklyn"]);
    expect(values(ics, "DESCRIPTION")).toEqual(["Ring twice\\; dog\\, friendly"]);
    expect(values(ics, "SEQUENCE")).toEqual(["1", "1"]);
  });

  it("raises SEQUENCE with each reschedule and keeps the ETag until something changes", async () => {
    const { provider, inRange, token } = await providerWithBookings();
    const first = await getProviderCalendarFeed({ providerId: provider.id, token, now: NOW });
    // An hour later the DTSTAMPs differ, but nothing a calendar cares about did.
    const clock = jest.spyOn(Date, "now").mockReturnValue(Date.now() + 3_600_000);
    const later = await getProviderCalendarFeed({ providerId: provider.id, token, now: NOW }).finally(() => clock.mockRestore());
    expect(values(later.ics, "DTSTAMP")).not.toEqual(values(first.ics, "DTSTAMP"));
    expect(later.etag).toBe(first.etag);

    await transactional((tx) =>
      recordEvent(tx, {
        type: "booking.rescheduled",
        actorId: null,
        entity: { type: "Booking", id: inRange[1].id },
        data: { bookingId: inRange[1].id, previousStart: at(2).toISOString(), previousEnd: at(2).toISOString() },
      }),
    );
    const after = await getProviderCalendarFeed({ providerId: provider.id, token, now: NOW });
    expect(values(after.ics, "SEQUENCE")).toEqual(["1", "2"]);
    expect(after.etag).not.toBe(first.etag);
  });

  it("answers NOT_FOUND alike for a wrong token, an empty one, and an unknown provider", async () => {
    const { provider, token } = await providerWithBookings();
    await expectNotFound(getProviderCalendarFeed({ providerId: provider.id, token: `${token}x`, now: NOW }));
    await expectNotFound(getProviderCalendarFeed({ providerId: provider.id, token: token.slice(0, -1), now: NOW }));
    await expectNotFound(getProviderCalendarFeed({ providerId: provider.id, token: "", now: NOW }));
    await expectNotFound(getProviderCalendarFeed({ providerId: "no-such-provider", token, now: NOW }));
    await expectNotFound(getProviderCalendarFeed({ providerId: "no-such-provider", token: "", now: NOW }));
  });

  it("never accepts the column's default token, which shares most of its characters with the public provider id", async () => {
    const provider = await makeProvider();
    const { calendarToken } = await db.providerProfile.findUniqueOrThrow({ where: { id: provider.id }, select: { calendarToken: true } });
    await expectNotFound(getProviderCalendarFeed({ providerId: provider.id, token: calendarToken, now: NOW }));
    expect(await getCalendarFeedLink({ actor: actorFor(provider.user, provider.id) })).toBeNull();
  });
});

describe("rotateCalendarToken", () => {
  it("issues a new random token, invalidates the old one and audits it in the same transaction", async () => {
    const { provider, token: oldToken } = await providerWithBookings();
    const actor = actorFor(provider.user, provider.id);
    expect(count((await getProviderCalendarFeed({ providerId: provider.id, token: oldToken, now: NOW })).ics, "BEGIN:VEVENT")).toBe(2);

    const link = await rotateCalendarToken({ actor });
    const newToken = new URL(link.url).searchParams.get("token")!;
    expect(link.path).toBe(`/api/providers/${provider.id}/calendar.ics?token=${newToken}`);
    expect(newToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newToken).not.toBe(oldToken);
    expect(await getCalendarFeedLink({ actor })).toEqual(link);

    await expectNotFound(getProviderCalendarFeed({ providerId: provider.id, token: oldToken, now: NOW }));
    expect(count((await getProviderCalendarFeed({ providerId: provider.id, token: newToken, now: NOW })).ics, "BEGIN:VEVENT")).toBe(2);

    const audits = await db.auditLog.findMany({ where: { entityType: "ProviderProfile", entityId: provider.id, action: "calendar.token_rotated" } });
    // One row per rotation: the one that created the first link, and this one.
    expect(audits).toEqual([expect.objectContaining({ actorId: provider.userId }), expect.objectContaining({ actorId: provider.userId })]);
    expect(JSON.stringify(audits)).not.toContain(newToken);
  });

  it("is for providers only", async () => {
    const customer = await makeCustomer();
    const error = await rotateCalendarToken({ actor: actorFor(customer) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "FORBIDDEN" });
    await expect(getCalendarFeedLink({ actor: actorFor(customer) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("feed tokens", () => {
  it("are long, URL-safe and compared exactly", () => {
    const token = newCalendarToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newCalendarToken()).not.toBe(token);
    expect(calendarTokensMatch(token, token)).toBe(true);
    expect(calendarTokensMatch(token, token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase())).toBe(false);
    expect(calendarTokensMatch(token, "")).toBe(false);
    expect(calendarTokensMatch("", "")).toBe(false);
  });
});
