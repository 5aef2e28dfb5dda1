import { IANAZone } from "luxon";

const SECOND = 1000;
const DAY = 86_400_000;

interface Transition {
  /** First instant (epoch ms) at which `after` applies. */
  at: number;
  after: number;
}

/**
 * A provider's wall clock over a bounded stretch of time, as plain arithmetic.
 *
 * Asking the zone for an offset goes through Intl and costs microseconds, so it is asked once a
 * day across the stretch (plus a short search where the offset changes); converting wall-clock
 * times is then a scan over at most a handful of transitions. Offsets are milliseconds, and
 * "local" values are epoch-style milliseconds of the wall clock read as if it were UTC.
 * Assumes no two transitions less than a day apart (true of tzdata since long before epoch).
 */
export class ZoneClock {
  private constructor(
    private readonly initial: number,
    private readonly transitions: Transition[],
  ) {}

  /** The clock of `timeZone` over [from, to) with a few days' margin; null for an unknown zone. */
  static covering(timeZone: string, from: number, to: number): ZoneClock | null {
    const zone = IANAZone.create(timeZone);
    if (!zone.isValid) return null;
    const offsetAt = (t: number) => zone.offset(t) * 60_000;
    const start = from - 3 * DAY;
    const end = to + 3 * DAY;
    const initial = offsetAt(start);
    const transitions: Transition[] = [];
    let offset = initial;
    for (let t = start; t < end; t += DAY) {
      const next = Math.min(t + DAY, end);
      const nextOffset = offsetAt(next);
      if (nextOffset !== offset) transitions.push({ at: firstSecondWith(offsetAt, t, next, offset), after: nextOffset });
      offset = nextOffset;
    }
    return new ZoneClock(initial, transitions);
  }

  offsetAt(instant: number): number {
    let offset = this.initial;
    for (const transition of this.transitions) {
      if (instant < transition.at) break;
      offset = transition.after;
    }
    return offset;
  }

  toLocal(instant: number): number {
    return instant + this.offsetAt(instant);
  }

  /**
   * The first instant at which the wall clock reads `local` or later. A repeated (fall-back) time
   * is its first occurrence; a skipped (spring-forward) time is the moment the clock jumps past it,
   * so an opening interval never reaches outside its own wall-clock hours.
   */
  toInstant(local: number): number {
    let offset = this.initial;
    let segmentStart = -Infinity;
    for (const transition of this.transitions) {
      const candidate = local - offset;
      if (candidate >= segmentStart && candidate < transition.at) return candidate;
      if (candidate >= transition.at && local - transition.after < transition.at) return transition.at;
      segmentStart = transition.at;
      offset = transition.after;
    }
    return local - offset;
  }
}

/** The first whole second in (from, to] whose offset is no longer `before`; transitions fall on whole seconds. */
function firstSecondWith(offsetAt: (t: number) => number, from: number, to: number, before: number): number {
  let lo = Math.floor(from / SECOND);
  let hi = Math.ceil(to / SECOND);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid * SECOND) === before) lo = mid;
    else hi = mid;
  }
  return hi * SECOND;
}
