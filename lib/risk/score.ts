/**
 * The risk score: a pure function of a few documented signals (docs/risk.md has each one's weight,
 * why it is there and how to tune it). Every signal that fires adds points with a reason code; the
 * score is their sum, capped at 100. At or above REVIEW_THRESHOLD a bounty or a payout is held for
 * an admin (/admin/risk); bookings are scored and shown, never held.
 */

export type RiskKind = "BOOKING" | "BOUNTY" | "PAYOUT";

/** Everything the score looks at, gathered by gather-signals.ts (bounded, indexed queries). */
export interface RiskSignals {
  kind: RiskKind;
  /** Minor units of the thing being scored (a booking's price, a bounty's budget, a payout's amount). */
  amount: number;
  accountAgeMs: number;
  /** Failed card payments (customer) or returned payouts (provider) in the last 90 days. */
  failedPayments: number;
  /** Disputes opened by or against the user and chargebacks on their payments, last 365 days. */
  disputes: number;
  /** Earlier actions of the same kind by the same user in the last 24 hours. */
  recentCount: number;
  /** Earlier actions of the same kind with an amount, last 365 days: how many and the largest. */
  history: { count: number; maxAmount: number };
}

export type RiskReasonCode =
  | "ACCOUNT_NEW"
  | "ACCOUNT_YOUNG"
  | "ACCOUNT_RECENT"
  | "FAILED_PAYMENTS"
  | "DISPUTES"
  | "VELOCITY_HIGH"
  | "VELOCITY_VERY_HIGH"
  | "FIRST_HIGH_AMOUNT"
  | "AMOUNT_ABOVE_HISTORY"
  | "AMOUNT_FAR_ABOVE_HISTORY";

export interface RiskContribution {
  code: RiskReasonCode;
  points: number;
  detail: string;
}

export interface RiskScore {
  score: number;
  decision: "ALLOW" | "HOLD";
  contributions: RiskContribution[];
}

const DAY = 86_400_000;

/** THE tuning knobs, in one place (docs/risk.md explains each). */
export const RISK_RULES = {
  /** At or above: held for review (bounties and payouts). */
  reviewThreshold: 70,
  maxScore: 100,
  accountAge: [
    { code: "ACCOUNT_NEW", underMs: DAY, points: 30 },
    { code: "ACCOUNT_YOUNG", underMs: 7 * DAY, points: 15 },
    { code: "ACCOUNT_RECENT", underMs: 30 * DAY, points: 5 },
  ],
  failedPayments: { pointsEach: 10, cap: 30 },
  disputes: { pointsEach: 15, cap: 30 },
  velocity: [
    { code: "VELOCITY_VERY_HIGH", atLeast: 6, points: 30 },
    { code: "VELOCITY_HIGH", atLeast: 3, points: 15 },
  ],
  /** Minor units (100_000 = 1,000.00 of the currency). */
  firstHighAmount: { atLeast: 100_000, points: 40 },
  aboveHistory: [
    { code: "AMOUNT_FAR_ABOVE_HISTORY", ratio: 10, points: 35 },
    { code: "AMOUNT_ABOVE_HISTORY", ratio: 3, points: 20 },
  ],
  /** Below this, an amount is too small to count as "above history" whatever the ratio. */
  aboveHistoryMinAmount: 20_000,
} as const;

export const REVIEW_THRESHOLD = RISK_RULES.reviewThreshold;

/** Bookings are scored for the admins' eyes only: a held booking would hold the provider's calendar. */
export const HOLDABLE_KINDS: readonly RiskKind[] = ["BOUNTY", "PAYOUT"];

export function scoreRisk(signals: RiskSignals, rules = RISK_RULES): RiskScore {
  const contributions: RiskContribution[] = [];
  const add = (code: RiskReasonCode, points: number, detail: string) => {
    if (points > 0) contributions.push({ code, points, detail });
  };

  const age = rules.accountAge.find((band) => signals.accountAgeMs < band.underMs);
  if (age) add(age.code, age.points, `Account is ${Math.max(0, Math.floor(signals.accountAgeMs / DAY))} day(s) old`);

  if (signals.failedPayments > 0) {
    add("FAILED_PAYMENTS", Math.min(rules.failedPayments.cap, signals.failedPayments * rules.failedPayments.pointsEach), `${signals.failedPayments} failed payment(s) in 90 days`);
  }
  if (signals.disputes > 0) {
    add("DISPUTES", Math.min(rules.disputes.cap, signals.disputes * rules.disputes.pointsEach), `${signals.disputes} dispute(s) or chargeback(s) in a year`);
  }

  const velocity = rules.velocity.find((band) => signals.recentCount >= band.atLeast);
  if (velocity) add(velocity.code, velocity.points, `${signals.recentCount} earlier in the last 24 hours`);

  if (signals.amount > 0) {
    if (signals.history.count === 0) {
      if (signals.amount >= rules.firstHighAmount.atLeast) add("FIRST_HIGH_AMOUNT", rules.firstHighAmount.points, "First of its kind, and a high amount");
    } else if (signals.amount >= rules.aboveHistoryMinAmount && signals.history.maxAmount > 0) {
      const ratio = signals.amount / signals.history.maxAmount;
      const band = rules.aboveHistory.find((b) => ratio > b.ratio);
      if (band) add(band.code, band.points, `${ratio.toFixed(1)}× the largest earlier amount`);
    }
  }

  const score = Math.min(rules.maxScore, contributions.reduce((sum, c) => sum + c.points, 0));
  const decision = HOLDABLE_KINDS.includes(signals.kind) && score >= rules.reviewThreshold ? "HOLD" : "ALLOW";
  return { score, decision, contributions };
}
