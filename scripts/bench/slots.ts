// npm run bench:slots — the pure slot engine: 100 providers × 30 days, timed per provider-month and per batch.
import os from "node:os";
import { computeSlots, type Busy, type DateOverride, type SlotRules, type WeeklyRule } from "../../lib/availability/compute-slots";
import { median, ms, percentile, pick, seededRandom } from "./stats";

const PROVIDERS = 100;
const DAYS = 30;
const WARMUP_ROUNDS = 30;
const ROUNDS = 300;
const TARGET_MS = 1;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const ZONES = [
  "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Toronto", "Europe/London", "Europe/Paris",
  "Europe/Berlin", "Australia/Sydney", "Australia/Melbourne", "Pacific/Auckland", "Asia/Kolkata", "Asia/Tokyo",
  "America/Sao_Paulo", "Pacific/Chatham",
];
// 30-day windows (from UTC midnight); most contain a spring-forward or fall-back somewhere in ZONES.
const WINDOWS = ["2026-03-01", "2026-03-20", "2026-03-28", "2026-09-15", "2026-10-10", "2026-10-20", "2026-06-01", "2027-01-10"];

const h = (hours: number) => hours * 60;
const days = (weekdays: number[], intervals: [number, number][]): WeeklyRule[] =>
  weekdays.flatMap((weekday) => intervals.map(([start, end]) => ({ weekday, startMinute: h(start), endMinute: h(end) })));
const WEEK_PATTERNS: WeeklyRule[][] = [
  days([1, 2, 3, 4, 5], [[9, 17]]),
  days([1, 2, 3, 4, 5, 6], [[8, 12], [13, 18]]),
  days([1, 2, 3, 4, 5, 6, 7], [[7, 21]]),
  days([2, 3, 4, 5, 6], [[11, 20]]),
  [...days([5], [[12, 20]]), ...days([6, 7], [[9, 18]])],
  days([1, 2, 3, 4, 5], [[6, 14]]),
  [...days([1, 3, 5], [[8, 16]]), ...days([2, 4], [[12, 21.5]])],
];

interface Case {
  rules: SlotRules;
  busy: Busy[];
  now: number;
  from: number;
  to: number;
}

/** A realistic provider-month: weekly hours, a few overrides, and existing bookings taken from its own free slots. */
function makeCase(random: () => number): Case {
  const from = Date.parse(`${pick(random, WINDOWS)}T00:00:00Z`) + Math.floor(random() * 7) * DAY;
  const to = from + DAYS * DAY;
  const rules: SlotRules = {
    timeZone: pick(random, ZONES),
    weekly: pick(random, WEEK_PATTERNS),
    overrides: [],
    durationMin: pick(random, [30, 45, 60, 60, 90, 120, 180]),
    bufferBeforeMin: pick(random, [0, 0, 15]),
    bufferAfterMin: pick(random, [0, 15, 30]),
    stepMin: pick(random, [15, 30, 30, 60]),
    minNoticeMin: 120,
    horizonDays: 60,
  };
  const overrides: DateOverride[] = [];
  for (let i = Math.floor(random() * 4); i > 0; i--) {
    const date = new Date(from + Math.floor(random() * DAYS) * DAY).toISOString().slice(0, 10);
    overrides.push({ date, intervals: random() < 0.5 ? [] : [{ startMinute: h(10), endMinute: h(14) }] });
  }
  rules.overrides = overrides;
  const now = from - DAY;

  // Book a share of the free slots greedily, so busy blocks look like real bookings (buffers included).
  const share = 0.1 + random() * 0.3;
  const busy: Busy[] = [];
  for (const slot of computeSlots(rules, [], now, from, to)) {
    const block = { start: slot.start - rules.bufferBeforeMin * MINUTE, end: slot.end + rules.bufferAfterMin * MINUTE };
    const last = busy[busy.length - 1];
    if (random() < share && (!last || last.end <= block.start)) busy.push(block);
  }
  return { rules, busy, now, from, to };
}

function main() {
  const random = seededRandom(42);
  const cases = Array.from({ length: PROVIDERS }, () => makeCase(random));
  let checksum = 0;
  const run = (c: Case) => {
    checksum += computeSlots(c.rules, c.busy, c.now, c.from, c.to).length;
  };

  for (let round = 0; round < WARMUP_ROUNDS; round++) cases.forEach(run);
  const perCase: number[][] = cases.map(() => []);
  const batches: number[] = [];
  checksum = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const batchStart = performance.now();
    for (let i = 0; i < cases.length; i++) {
      const t0 = performance.now();
      run(cases[i]);
      perCase[i].push(performance.now() - t0);
    }
    batches.push(performance.now() - batchStart);
  }

  const all = perCase.flat();
  const caseMedians = perCase.map(median);
  const slotsPerMonth = checksum / ROUNDS / PROVIDERS;
  const busyPerMonth = cases.reduce((sum, c) => sum + c.busy.length, 0) / PROVIDERS;
  console.log(`bench:slots — ${PROVIDERS} providers × ${DAYS} days, ${WARMUP_ROUNDS} warm-up + ${ROUNDS} timed rounds`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`zones: ${new Set(cases.map((c) => c.rules.timeZone)).size}; avg ${slotsPerMonth.toFixed(0)} free slots and ${busyPerMonth.toFixed(0)} bookings per provider-month`);
  console.log(`per provider-month (all ${all.length} samples): median ${ms(median(all))}, p95 ${ms(percentile(all, 95))}, p99 ${ms(percentile(all, 99))}`);
  console.log(`per provider-month (median of each provider): median ${ms(median(caseMedians))}, p95 ${ms(percentile(caseMedians, 95))}, max ${ms(Math.max(...caseMedians))}`);
  console.log(`whole batch (${PROVIDERS} provider-months): median ${ms(median(batches), 2)}, p95 ${ms(percentile(batches, 95), 2)}`);
  console.log(`target ≤ ${TARGET_MS} ms per provider-month (median): ${(median(all) / TARGET_MS).toFixed(3)} × target`);
}

main();
