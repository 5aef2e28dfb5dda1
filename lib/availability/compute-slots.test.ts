import { DateTime } from "luxon";
import { computeSlots, type SlotRules } from "./compute-slots";

const base: SlotRules = {
  timeZone: "America/New_York",
  weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 })),
  overrides: [],
  durationMin: 60,
  bufferBeforeMin: 0,
  bufferAfterMin: 0,
  stepMin: 60,
  minNoticeMin: 0,
  horizonDays: 365,
};

const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis();
const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd HH:mm");

const DAY = 86_400_000;

/** Slots of one local date, asked for a day ahead so that notice and horizon do not interfere. */
function slotsOn(rules: SlotRules, date: string) {
  const from = at(`${date}T00:00`, rules.timeZone);
  const to = at(`${date}T23:59`, rules.timeZone);
  return computeSlots(rules, [], from - DAY, from, to);
}

describe("computeSlots", () => {
  it("turns weekly wall-clock hours in the provider's zone into UTC instants", () => {
    const slots = slotsOn(base, "2026-06-10");
    expect(slots).toHaveLength(8);
    expect(new Date(slots[0].start).toISOString()).toBe("2026-06-10T13:00:00.000Z"); // 09:00 EDT
    expect(slots.map((s) => local(s.start, "America/New_York"))[7]).toBe("2026-06-10 16:00");
    expect(slots.every((s) => s.end - s.start === 3_600_000)).toBe(true);
  });

  it("keeps 09:00 local on both sides of a daylight-saving change", () => {
    const before = slotsOn(base, "2026-03-07")[0].start;
    const after = slotsOn(base, "2026-03-09")[0].start;
    expect(local(before, "America/New_York")).toBe("2026-03-07 09:00");
    expect(local(after, "America/New_York")).toBe("2026-03-09 09:00");
    expect(new Date(before).toISOString()).toBe("2026-03-07T14:00:00.000Z");
    expect(new Date(after).toISOString()).toBe("2026-03-09T13:00:00.000Z");
  });

  it("skips the hour that does not exist when clocks spring forward", () => {
    const night = { ...base, weekly: [{ weekday: 7, startMinute: 0, endMinute: 6 * 60 }] }; // Sunday 8 March 2026
    const starts = slotsOn(night, "2026-03-08").map((s) => local(s.start, "America/New_York").slice(11));
    expect(starts).toEqual(["00:00", "01:00", "03:00", "04:00", "05:00"]);
  });

  it("offers the repeated hour twice when clocks fall back, as two distinct instants", () => {
    const night = { ...base, weekly: [{ weekday: 7, startMinute: 0, endMinute: 4 * 60 }] }; // Sunday 1 Nov 2026
    const slots = slotsOn(night, "2026-11-01");
    expect(slots.map((s) => local(s.start, "America/New_York").slice(11))).toEqual(["00:00", "01:00", "01:00", "02:00", "03:00"]);
    expect(new Set(slots.map((s) => s.start)).size).toBe(5);
  });

  it("honours buffers around existing bookings", () => {
    const rules = { ...base, bufferBeforeMin: 30, bufferAfterMin: 30, stepMin: 30 };
    const busyStart = at("2026-06-10T12:00", rules.timeZone);
    const busy = [{ start: busyStart - 30 * 60_000, end: busyStart + 90 * 60_000 }]; // 11:30–13:30 incl. buffers
    const from = at("2026-06-10T00:00", rules.timeZone);
    const starts = computeSlots(rules, busy, from - DAY, from, from + DAY).map((s) => local(s.start, rules.timeZone).slice(11));
    // A 60-minute job with 30-minute buffers needs [start-30, start+90) clear of 11:30–13:30.
    expect(starts).toContain("10:00");
    expect(starts).not.toContain("10:30");
    expect(starts).not.toContain("13:30");
    expect(starts).toContain("14:00");
  });

  it("applies minimum notice and the booking horizon", () => {
    const now = at("2026-06-10T10:10", base.timeZone);
    const rules = { ...base, minNoticeMin: 120, horizonDays: 1 };
    const slots = computeSlots(rules, [], now, now, now + 5 * DAY);
    expect(local(slots[0].start, base.timeZone)).toBe("2026-06-10 13:00");
    expect(slots.every((s) => s.start <= now + DAY)).toBe(true);
  });

  it("lets a date override close a day or replace its hours", () => {
    const rules = {
      ...base,
      overrides: [
        { date: "2026-06-10", intervals: [] },
        { date: "2026-06-11", intervals: [{ startMinute: 18 * 60, endMinute: 20 * 60 }] },
      ],
    };
    expect(slotsOn(rules, "2026-06-10")).toEqual([]);
    expect(slotsOn(rules, "2026-06-11").map((s) => local(s.start, base.timeZone).slice(11))).toEqual(["18:00", "19:00"]);
  });

  it("works in zones with half-hour offsets", () => {
    const kolkata = { ...base, timeZone: "Asia/Kolkata" };
    expect(new Date(slotsOn(kolkata, "2026-06-10")[0].start).toISOString()).toBe("2026-06-10T03:30:00.000Z");
  });
});
