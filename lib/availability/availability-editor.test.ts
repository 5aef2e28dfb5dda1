import { DateTime } from "luxon";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { makeAdmin, makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import type { SeededProvider } from "../../prisma/seed/builders";
import { getAvailability } from "./get-availability";
import { getServiceSlots } from "./get-service-slots";
import { removeDateOverride } from "./remove-date-override";
import { setDateOverride } from "./set-date-override";
import { setWeeklyHours } from "./set-weekly-hours";

setupTestDatabase();

// Monday 7 January 2030, 07:00 in New York. Factory providers work Mon–Fri 09:00–17:00 there.
const now = new Date("2030-01-07T12:00:00Z");
const ZONE = "America/New_York";

const asActor = (user: { id: string; role: Actor["role"] }, providerId: string | null = null): Actor => ({
  userId: user.id,
  role: user.role,
  isSuperAdmin: false,
  providerId,
});
const asProvider = (p: SeededProvider) => asActor({ id: p.userId, role: "PROVIDER" }, p.id);

async function provider() {
  return makeProvider({ services: [{ name: "Clean", categorySlug: "cleaning", durationMin: 60, slotStepMin: 60 }] });
}

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

const fieldsOf = (error: AppError) => (error.details as { fields: Record<string, string[]> }).fields;

/** Slot starts per local date ("2030-01-08" → ["09:00", …]) for the given local dates. */
async function startsByDate(serviceId: string, from: string, days: number) {
  const start = DateTime.fromISO(from, { zone: ZONE });
  const { data } = await getServiceSlots({
    serviceId,
    query: { from: start.toUTC().toISO(), to: start.plus({ days }).toUTC().toISO() },
    now: now.getTime(),
  });
  const out: Record<string, string[]> = {};
  for (const slot of data) {
    const local = DateTime.fromISO(slot.start, { zone: ZONE });
    (out[local.toISODate()!] ??= []).push(local.toFormat("HH:mm"));
  }
  return out;
}

const hourly = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `${String(from + i).padStart(2, "0")}:00`);

beforeAll(async () => {
  await makeCategoryTree();
});

describe("who may edit availability", () => {
  it("refuses customers and admins, and a session whose provider id is not theirs", async () => {
    const p = await provider();
    const customer = asActor(await makeCustomer());
    const admin = asActor(await makeAdmin());
    const weekly = [{ weekday: 1, intervals: [{ start: "10:00", end: "11:00" }] }];
    for (const actor of [customer, admin]) {
      await expectAppError(getAvailability({ actor, now }), "FORBIDDEN");
      await expectAppError(setWeeklyHours({ actor, weekly }), "FORBIDDEN");
      await expectAppError(setDateOverride({ actor, date: "2030-01-09", closed: true, now }), "FORBIDDEN");
      await expectAppError(removeDateOverride({ actor, date: "2030-01-09", now }), "FORBIDDEN");
    }
    // Another provider naming this profile's id (a forged or stale session) finds nothing.
    const other = await provider();
    const forged = asActor({ id: other.userId, role: "PROVIDER" }, p.id);
    await expectAppError(setWeeklyHours({ actor: forged, weekly }), "NOT_FOUND");
    await expectAppError(setDateOverride({ actor: forged, date: "2030-01-09", closed: true, now }), "NOT_FOUND");

    // Another provider's own edits stay on their own profile.
    await setWeeklyHours({ actor: asProvider(other), weekly });
    expect(await db.availabilityRule.count({ where: { providerId: p.id } })).toBe(5);
    expect(await db.availabilityOverride.count({ where: { providerId: p.id } })).toBe(0);
  });
});

describe("weekly hours", () => {
  it("reads back seven weekdays in the provider's zone, with upcoming overrides only", async () => {
    const p = await provider();
    await db.availabilityOverride.create({ data: { providerId: p.id, date: new Date("2030-01-02T00:00:00Z") } }); // last week
    await setDateOverride({ actor: asProvider(p), date: "2030-01-11", intervals: [{ start: "13:00", end: "15:00" }, { start: "08:00", end: "10:00" }], now });
    await setDateOverride({ actor: asProvider(p), date: "2030-01-09", closed: true, now });

    const availability = await getAvailability({ actor: asProvider(p), now });
    expect(availability.timeZone).toBe(ZONE);
    expect(availability.weekly).toHaveLength(7);
    expect(availability.weekly[0]).toEqual({ weekday: 1, intervals: [{ start: "09:00", end: "17:00" }] });
    expect(availability.weekly[6]).toEqual({ weekday: 7, intervals: [] });
    expect(availability.overrides).toEqual([
      { date: "2030-01-09", closed: true, intervals: [] },
      { date: "2030-01-11", closed: false, intervals: [{ start: "08:00", end: "10:00" }, { start: "13:00", end: "15:00" }] },
    ]);
  });

  it("replaces all rules, with several intervals a day, 24:00 as an end, and an audit row", async () => {
    const p = await provider();
    const saved = await setWeeklyHours({
      actor: asProvider(p),
      weekly: [
        { weekday: 2, intervals: [{ start: "13:00", end: "17:00" }, { start: "09:00", end: "12:00" }] },
        { weekday: 6, intervals: [{ start: "20:00", end: "24:00" }] },
      ],
    });
    expect(saved.weekly[1].intervals).toEqual([{ start: "09:00", end: "12:00" }, { start: "13:00", end: "17:00" }]);
    expect(saved.weekly[0].intervals).toEqual([]); // Monday was left out: closed now

    const rules = await db.availabilityRule.findMany({ where: { providerId: p.id }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] });
    expect(rules.map((r) => [r.weekday, r.startMinute, r.endMinute])).toEqual([[2, 540, 720], [2, 780, 1020], [6, 1200, 1440]]);

    const slots = await startsByDate(p.services[0].id, "2030-01-07", 7);
    expect(slots["2030-01-07"]).toBeUndefined();
    expect(slots["2030-01-08"]).toEqual([...hourly(9, 12), ...hourly(13, 17)]);
    expect(slots["2030-01-12"]).toEqual(hourly(20, 24));

    const audit = await db.auditLog.findMany({ where: { entityType: "ProviderProfile", entityId: p.id, action: "availability.updated" } });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(p.userId);
    expect(audit[0].data).toMatchObject({ before: expect.any(Array), after: saved.weekly });
  });

  it("refuses invalid hours with field paths and leaves the old rules in place", async () => {
    const p = await provider();
    const before = await db.availabilityRule.findMany({ where: { providerId: p.id }, select: { weekday: true, startMinute: true, endMinute: true } });
    const seven = Array.from({ length: 7 }, (_, i) => ({ start: `${String(i + 1).padStart(2, "0")}:00`, end: `${String(i + 1).padStart(2, "0")}:30` }));
    const error = await expectAppError(
      setWeeklyHours({
        actor: asProvider(p),
        weekly: [
          { weekday: 1, intervals: [{ start: "09:00", end: "12:00" }, { start: "11:30", end: "14:00" }] },
          { weekday: 2, intervals: [{ start: "09:00", end: "17:00" }, { start: "18:00", end: "17:30" }] },
          { weekday: 3, intervals: [{ start: "9am", end: "10:07" }] },
          { weekday: 4, intervals: seven },
          { weekday: 1, intervals: [] },
        ],
      }),
      "VALIDATION_FAILED",
    );
    expect(fieldsOf(error)).toEqual({
      "weekly.0.intervals.1.start": ["Overlaps 09:00–12:00"],
      "weekly.1.intervals.1.end": ["Must be after the start time"],
      "weekly.2.intervals.0.start": ["Use the 24-hour format HH:MM, e.g. 09:30"],
      "weekly.2.intervals.0.end": ["Use a multiple of 5 minutes"],
      "weekly.3.intervals": ["At most 6 intervals per day"],
      "weekly.4.weekday": ["This weekday appears twice"],
    });
    const after = await db.availabilityRule.findMany({ where: { providerId: p.id }, select: { weekday: true, startMinute: true, endMinute: true } });
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(before.length);
    expect(await db.auditLog.count({ where: { entityId: p.id } })).toBe(0);
  });

  it("serialises concurrent saves: the result is one of the schedules, never their union", async () => {
    const p = await provider();
    const schedules = Array.from({ length: 6 }, (_, i) => [{ weekday: 1 + (i % 7), intervals: [{ start: `0${i + 1}:00`, end: `0${i + 2}:00` }] }]);
    await Promise.all(schedules.map((weekly) => setWeeklyHours({ actor: asProvider(p), weekly })));
    const rules = await db.availabilityRule.findMany({ where: { providerId: p.id } });
    expect(rules).toHaveLength(1);
  });
});

describe("date overrides", () => {
  it("closing a date removes that day's slots while the other days keep theirs", async () => {
    const p = await provider();
    const serviceId = p.services[0].id;
    expect(await startsByDate(serviceId, "2030-01-08", 3)).toEqual({ "2030-01-08": hourly(9, 17), "2030-01-09": hourly(9, 17), "2030-01-10": hourly(9, 17) });

    await setDateOverride({ actor: asProvider(p), date: "2030-01-09", closed: true, now });
    expect(await startsByDate(serviceId, "2030-01-08", 3)).toEqual({ "2030-01-08": hourly(9, 17), "2030-01-10": hourly(9, 17) });

    await removeDateOverride({ actor: asProvider(p), date: "2030-01-09", now });
    expect((await startsByDate(serviceId, "2030-01-09", 1))["2030-01-09"]).toEqual(hourly(9, 17));
    const actions = await db.auditLog.findMany({ where: { entityId: p.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["availability.override_set", "availability.override_removed"]);
    expect(await removeDateOverride({ actor: asProvider(p), date: "2030-01-09", now })).toEqual({ date: "2030-01-09", removed: 0 });
  });

  it("custom hours replace the weekly hours for that date only, also opening a closed weekday", async () => {
    const p = await provider();
    const serviceId = p.services[0].id;
    await setDateOverride({ actor: asProvider(p), date: "2030-01-10", intervals: [{ start: "18:00", end: "20:00" }], now });
    await setDateOverride({ actor: asProvider(p), date: "2030-01-12", intervals: [{ start: "10:00", end: "12:00" }, { start: "14:00", end: "15:00" }], now });
    const slots = await startsByDate(serviceId, "2030-01-09", 5);
    expect(slots).toEqual({ "2030-01-09": hourly(9, 17), "2030-01-10": ["18:00", "19:00"], "2030-01-11": hourly(9, 17), "2030-01-12": ["10:00", "11:00", "14:00"] });

    // Setting the date again replaces its rows rather than adding to them.
    await setDateOverride({ actor: asProvider(p), date: "2030-01-10", closed: true, now });
    expect(await db.availabilityOverride.count({ where: { providerId: p.id, date: new Date("2030-01-10T00:00:00Z") } })).toBe(1);
    expect((await startsByDate(serviceId, "2030-01-10", 1))["2030-01-10"]).toBeUndefined();
  });

  it("refuses dates before today in the provider's zone, and inconsistent input, with field errors", async () => {
    const ny = await provider();
    const sydney = await makeProvider({ city: "Sydney" });
    // 03:00 UTC on 8 January: still the 7th in New York, already the 8th in Sydney.
    const late = new Date("2030-01-08T03:00:00Z");
    await expect(setDateOverride({ actor: asProvider(ny), date: "2030-01-07", closed: true, now: late })).resolves.toMatchObject({ closed: true });
    const past = await expectAppError(setDateOverride({ actor: asProvider(sydney), date: "2030-01-07", closed: true, now: late }), "VALIDATION_FAILED");
    expect(Object.keys(fieldsOf(past))).toEqual(["date"]);
    await expectAppError(removeDateOverride({ actor: asProvider(ny), date: "2030-01-06", now }), "VALIDATION_FAILED");

    const bad = await expectAppError(setDateOverride({ actor: asProvider(ny), date: "2030-02-30", intervals: [], now }), "VALIDATION_FAILED");
    expect(fieldsOf(bad)).toEqual({ date: ["Pick a date (YYYY-MM-DD)"], intervals: ["Add at least one interval, or mark the day closed"] });
    const mixed = await expectAppError(
      setDateOverride({ actor: asProvider(ny), date: "2030-01-09", closed: true, intervals: [{ start: "10:00", end: "09:00" }], now }),
      "VALIDATION_FAILED",
    );
    expect(fieldsOf(mixed)).toEqual({ "intervals.0.end": ["Must be after the start time"], intervals: ["A closed day has no hours"] });
    expect(await db.availabilityOverride.count({ where: { providerId: { in: [sydney.id] } } })).toBe(0);
  });
});
