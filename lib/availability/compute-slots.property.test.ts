import fc from "fast-check";
import { DateTime } from "luxon";
import { computeSlots, type Busy, type Interval, type SlotRules } from "./compute-slots";
import { firstInstantReading, intervalsOn, localAt, offsetIsConstantOn, referenceSlots } from "./compute-slots.reference";

// Fixed, so CI is reproducible; fast-check prints seed and path on failure. FC_SEED=… explores others.
const SEED = Number(process.env.FC_SEED ?? 20_260_308);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONES = ["America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Chatham"];

/** Instants where each zone's offset changes in 2026–2027, found with luxon: ranges are centred on them. */
const TRANSITIONS = Object.fromEntries(
  ZONES.map((zone) => {
    const found: number[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += HOUR) {
      if (DateTime.fromMillis(t, { zone }).offset !== DateTime.fromMillis(t + HOUR, { zone }).offset) found.push(t + HOUR);
    }
    return [zone, found];
  }),
);

/** Minutes of the day, often near the small hours where clocks change (01:00–04:00 in these zones) and on a quarter-hour. */
const minuteOfDay = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 1440 }), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 96 }).map((q) => q * 15), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 300 }), weight: 3 },
);

/** Wall-clock intervals of one day: sorted boundary points paired up, so they never overlap (they may touch or be empty). */
const dayIntervals = fc.array(minuteOfDay, { maxLength: 6 }).map((points) => {
  const sorted = [...points].sort((a, b) => a - b);
  const intervals: Interval[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push({ startMinute: sorted[i], endMinute: sorted[i + 1] });
  return intervals;
});

const minutes = (min: number, max: number, common: number) =>
  fc.oneof({ arbitrary: fc.integer({ min, max }), weight: 1 }, { arbitrary: fc.constant(common), weight: 1 });

const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    anchorPick: fc.nat(),
    nearTransition: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    randomAnchor: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
    fromShiftMin: fc.integer({ min: -2 * 24 * 60, max: 6 * 60 }),
    lengthMin: fc.integer({ min: 1, max: 5 * 24 * 60 }),
    nowShiftMin: fc.integer({ min: -3 * 24 * 60, max: 12 * 60 }),
    jitterMs: fc.tuple(fc.nat(MINUTE - 1), fc.nat(MINUTE - 1), fc.nat(MINUTE - 1)),
    weekly: fc.array(dayIntervals, { minLength: 7, maxLength: 7 }),
    overrides: fc.uniqueArray(fc.record({ dayShift: fc.integer({ min: -2, max: 6 }), intervals: dayIntervals }), { selector: (o) => o.dayShift, maxLength: 3 }),
    // On a 5-minute grid, so that busy time often ends exactly where a buffered block starts (and vice versa).
    busy: fc.array(fc.record({ shift: fc.integer({ min: -2 * 24 * 12, max: 6 * 24 * 12 }), lengthMin: fc.oneof(fc.integer({ min: 1, max: 72 }).map((n) => n * 5), fc.integer({ min: 1, max: 360 })) }), { maxLength: 8 }),
    durationMin: fc.oneof(fc.integer({ min: 1, max: 12 }).map((n) => n * 5), fc.integer({ min: 1, max: 300 })),
    bufferBeforeMin: minutes(0, 90, 0),
    bufferAfterMin: minutes(0, 90, 0),
    stepMin: fc.oneof(fc.constantFrom(5, 10, 15, 20, 30, 60), fc.integer({ min: 1, max: 120 })),
    minNoticeMin: fc.oneof(minutes(0, 600, 0), fc.integer({ min: 0, max: 3000 })),
    horizonDays: minutes(0, 30, 30),
  })
  .map((s) => {
    const transitions = TRANSITIONS[s.zone];
    const anchor = s.nearTransition && transitions.length ? transitions[s.anchorPick % transitions.length] : s.randomAnchor;
    const from = anchor + s.fromShiftMin * MINUTE + s.jitterMs[0];
    const to = from + s.lengthMin * MINUTE + s.jitterMs[1];
    const now = from + s.nowShiftMin * MINUTE + s.jitterMs[2];
    const firstDate = DateTime.fromMillis(from, { zone: s.zone }).startOf("day");
    const rules: SlotRules = {
      timeZone: s.zone,
      weekly: s.weekly.flatMap((intervals, i) => intervals.map((interval) => ({ weekday: i + 1, ...interval }))),
      overrides: s.overrides.map((o) => ({ date: firstDate.plus({ days: o.dayShift }).toISODate()!, intervals: o.intervals })),
      durationMin: s.durationMin,
      bufferBeforeMin: s.bufferBeforeMin,
      bufferAfterMin: s.bufferAfterMin,
      stepMin: s.stepMin,
      minNoticeMin: s.minNoticeMin,
      horizonDays: s.horizonDays,
    };
    const quarterHour = Math.floor(from / (15 * MINUTE)) * 15 * MINUTE;
    const busy: Busy[] = s.busy.map((b) => ({ start: quarterHour + b.shift * 5 * MINUTE, end: quarterHour + (b.shift * 5 + b.lengthMin) * MINUTE }));
    return { rules, busy, now, from, to };
  });

/** A local date's merged intervals with the instants of their bounds, and whether its offset stays put. */
function dayFacts(rules: SlotRules, date: string) {
  const bounds = intervalsOn(rules, date).map((iv) => ({
    ...iv,
    open: firstInstantReading(rules.timeZone, date, iv.startMinute),
    close: firstInstantReading(rules.timeZone, date, iv.endMinute),
  }));
  return { bounds, constantOffset: offsetIsConstantOn(rules.timeZone, date) };
}

describe("computeSlots, for random rules across daylight-saving changes", () => {
  it("returns exactly the grid starts an obviously-correct reference finds, and each one obeys every rule", () => {
    const seen = { runsWithSlots: 0, runsWithSlotsOnTransitionDays: 0 };
    fc.assert(
      fc.property(scenario, ({ rules, busy, now, from, to }) => {
        const slots = computeSlots(rules, busy, now, from, to);
        const zone = rules.timeZone;
        const days = new Map<string, ReturnType<typeof dayFacts>>();
        // Plain checks per slot (expect() per slot would dominate the run time); the message names the rule broken.
        const broken = (slot: number, rule: string) => `slot ${new Date(slots[slot].start).toISOString()} (#${slot}) breaks: ${rule}`;
        for (let i = 0; i < slots.length; i++) {
          const { start, end } = slots[i];
          if (i > 0 && !(start > slots[i - 1].start)) throw new Error(broken(i, "strictly increasing and unique"));
          if (end - start !== rules.durationMin * MINUTE) throw new Error(broken(i, "length is the duration"));
          if (start < from || start >= to) throw new Error(broken(i, "inside [from, to)"));
          if (start < now + rules.minNoticeMin * MINUTE) throw new Error(broken(i, "minimum notice"));
          if (start > now + rules.horizonDays * DAY) throw new Error(broken(i, "horizon"));
          const blockStart = start - rules.bufferBeforeMin * MINUTE;
          const blockEnd = end + rules.bufferAfterMin * MINUTE;
          if (busy.some((b) => b.start < blockEnd && b.end > blockStart)) throw new Error(broken(i, "buffered block clear of busy time"));

          // Inside an opening interval of its own local date, comparing instants with the instants of the bounds.
          const { date, minute } = localAt(zone, start);
          if (!days.has(date)) days.set(date, dayFacts(rules, date));
          const { bounds, constantOffset } = days.get(date)!;
          const inside = bounds.filter((b) => b.open <= start && end <= b.close);
          if (inside.length !== 1) throw new Error(broken(i, "inside one opening interval of its local date"));
          // On a day without a transition, plain wall-clock minutes must agree too.
          if (constantOffset && (minute < inside[0].startMinute || minute + rules.durationMin > inside[0].endMinute)) {
            throw new Error(broken(i, "inside the interval in wall-clock minutes"));
          }
        }
        expect(slots.map((s) => s.start)).toEqual(referenceSlots(rules, busy, now, from, to));
        if (slots.length) seen.runsWithSlots++;
        if ([...days.values()].some((d) => !d.constantOffset)) seen.runsWithSlotsOnTransitionDays++;
      }),
      { seed: SEED, numRuns: 500 },
    );
    // The generators must keep producing cases that matter, not 500 empty calendars.
    expect(seen.runsWithSlots).toBeGreaterThan(200);
    expect(seen.runsWithSlotsOnTransitionDays).toBeGreaterThan(40);
  });

  it("finds the same slots whether a range is asked for at once or in pieces", () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 99 }), ({ rules, busy, now, from, to }, percent) => {
        const cut = from + Math.floor(((to - from) * percent) / 100);
        const whole = computeSlots(rules, busy, now, from, to);
        expect([...computeSlots(rules, busy, now, from, cut), ...computeSlots(rules, busy, now, cut, to)]).toEqual(whole);
      }),
      { seed: SEED + 1, numRuns: 150 },
    );
  });
});

/** Slots of one local date whose hours come from an override, asked a day ahead so notice and horizon stay out of the way. */
function slotsOn(zone: string, date: string, intervals: Interval[], durationMin = 30, stepMin = durationMin) {
  const rules: SlotRules = { timeZone: zone, weekly: [], overrides: [{ date, intervals }], durationMin, bufferBeforeMin: 0, bufferAfterMin: 0, stepMin, minNoticeMin: 0, horizonDays: 365 };
  const midnight = DateTime.fromISO(date, { zone });
  return computeSlots(rules, [], midnight.toMillis() - DAY, midnight.toMillis(), midnight.plus({ days: 1 }).toMillis());
}
const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
const halfHours = (from: number, to: number) => Array.from({ length: (to - from) / 30 }, (_, i) => from + i * 30);
const wall = (zone: string, instant: number) => DateTime.fromMillis(instant, { zone }).toFormat("HH:mm ZZ");
const open = (from: number, to: number): Interval[] => [{ startMinute: from, endMinute: to }];

describe.each([
  { zone: "America/New_York", date: "2026-03-08", gap: 120, before: "-05:00", after: "-04:00" },
  { zone: "Europe/London", date: "2026-03-29", gap: 60, before: "+00:00", after: "+01:00" },
  { zone: "Australia/Sydney", date: "2026-10-04", gap: 120, before: "+10:00", after: "+11:00" },
])("the skipped hour in $zone on $date", ({ zone, date, gap, before, after }) => {
  it("is left out of a night's half-hourly slots, which stay 30 minutes apart in absolute time", () => {
    const slots = slotsOn(zone, date, open(0, 360));
    const expected = halfHours(0, 360).filter((m) => m < gap || m >= gap + 60);
    expect(slots.map((s) => wall(zone, s.start))).toEqual(expected.map((m) => `${hhmm(m)} ${m < gap ? before : after}`));
    expect(slots.slice(1).map((s, i) => s.start - slots[i].start)).toEqual(Array(expected.length - 1).fill(30 * MINUTE));
    expect(slotsOn(zone, date, open(0, 1440), 60)).toHaveLength(23);
  });

  it("ends an interval that closes inside it at the jump, and opens one that starts inside it at the jump", () => {
    // Closing at a time that never exists must not stretch the day past the jump.
    const closing = slotsOn(zone, date, open(gap - 60, gap + 30));
    expect(closing.map((s) => wall(zone, s.start))).toEqual([`${hhmm(gap - 60)} ${before}`, `${hhmm(gap - 30)} ${before}`]);
    expect(wall(zone, closing[1].end)).toBe(`${hhmm(gap + 60)} ${after}`);
    expect(slotsOn(zone, date, open(gap + 10, gap + 50))).toEqual([]);
    expect(slotsOn(zone, date, open(gap + 30, gap + 120)).map((s) => wall(zone, s.start))).toEqual([`${hhmm(gap + 60)} ${after}`, `${hhmm(gap + 90)} ${after}`]);
  });

  it("never offers a start twice or out of order when one interval closes in it and the next opens just after", () => {
    const slots = slotsOn(zone, date, [...open(gap - 60, gap + 30), ...open(gap + 75, gap + 150)], 15);
    const starts = slots.map((s) => wall(zone, s.start).slice(0, 5));
    expect(starts).toEqual([...[0, 15, 30, 45].map((m) => hhmm(gap - 60 + m)), ...[75, 90, 105, 120, 135].map((m) => hhmm(gap + m))]);
    expect(slots.every((s, i) => i === 0 || s.start > slots[i - 1].start)).toBe(true);
  });
});

describe.each([
  { zone: "America/New_York", date: "2026-11-01", repeated: 60, before: "-04:00", after: "-05:00" },
  { zone: "Europe/London", date: "2026-10-25", repeated: 60, before: "+01:00", after: "+00:00" },
  { zone: "Australia/Sydney", date: "2026-04-05", repeated: 120, before: "+11:00", after: "+10:00" },
])("the repeated hour in $zone on $date", ({ zone, date, repeated, before, after }) => {
  it("is offered twice, once per offset, as distinct instants 30 minutes apart", () => {
    const slots = slotsOn(zone, date, open(0, 240));
    const expected = [
      ...halfHours(0, repeated + 60).map((m) => `${hhmm(m)} ${before}`),
      ...halfHours(repeated, 240).map((m) => `${hhmm(m)} ${after}`),
    ];
    expect(slots.map((s) => wall(zone, s.start))).toEqual(expected);
    expect(new Set(slots.map((s) => s.start)).size).toBe(expected.length);
    expect(slots.slice(1).map((s, i) => s.start - slots[i].start)).toEqual(Array(expected.length - 1).fill(30 * MINUTE));
    expect(slotsOn(zone, date, open(0, 1440), 60)).toHaveLength(25);
  });

  it("reads a bound inside it as its first occurrence", () => {
    const within = slotsOn(zone, date, open(repeated + 15, repeated + 45), 15);
    expect(within.map((s) => wall(zone, s.start))).toEqual([`${hhmm(repeated + 15)} ${before}`, `${hhmm(repeated + 30)} ${before}`]);
    // Opening at the first 01:30 (say) and closing after the hour also spans the whole second pass of it.
    const through = slotsOn(zone, date, open(repeated + 30, repeated + 90));
    expect(through.map((s) => wall(zone, s.start))).toEqual(
      [`${hhmm(repeated + 30)} ${before}`, `${hhmm(repeated)} ${after}`, `${hhmm(repeated + 30)} ${after}`, `${hhmm(repeated + 60)} ${after}`],
    );
  });
});

describe("Asia/Kolkata, which has no daylight saving", () => {
  it.each(["2026-01-15", "2026-03-08", "2026-03-29", "2026-04-05", "2026-10-04", "2026-10-25", "2026-11-01"])(
    "keeps a constant +05:30 on %s",
    (date) => {
      const slots = slotsOn("Asia/Kolkata", date, open(0, 1440), 60);
      expect(slots).toHaveLength(24);
      expect(new Date(slots[0].start).toISOString()).toBe(new Date(Date.parse(`${date}T00:00:00Z`) - 330 * MINUTE).toISOString());
      expect(slots.every((s) => DateTime.fromMillis(s.start, { zone: "Asia/Kolkata" }).offset === 330)).toBe(true);
    },
  );
});
