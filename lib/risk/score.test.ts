import { REVIEW_THRESHOLD, RISK_RULES, scoreRisk, type RiskSignals } from "./score";

const DAY = 86_400_000;

/** A settled user: a year old, nothing wrong, a normal amount they have spent before. */
const calm = (over: Partial<RiskSignals> = {}): RiskSignals => ({
  kind: "BOUNTY",
  amount: 10_000,
  accountAgeMs: 365 * DAY,
  failedPayments: 0,
  disputes: 0,
  recentCount: 0,
  history: { count: 3, maxAmount: 10_000 },
  ...over,
});

const codes = (s: RiskSignals) => scoreRisk(s).contributions.map((c) => c.code);

describe("scoreRisk", () => {
  it("scores a settled user with a familiar amount 0 and allows it", () => {
    expect(scoreRisk(calm())).toEqual({ score: 0, decision: "ALLOW", contributions: [] });
  });

  it("adds points for a young account, more the younger it is", () => {
    expect(scoreRisk(calm({ accountAgeMs: DAY / 2 })).score).toBe(30);
    expect(scoreRisk(calm({ accountAgeMs: 3 * DAY })).score).toBe(15);
    expect(scoreRisk(calm({ accountAgeMs: 20 * DAY })).score).toBe(5);
    expect(scoreRisk(calm({ accountAgeMs: 30 * DAY })).score).toBe(0);
    expect(codes(calm({ accountAgeMs: 0 }))).toEqual(["ACCOUNT_NEW"]);
  });

  it("adds points per failed payment and per dispute, each capped", () => {
    expect(scoreRisk(calm({ failedPayments: 1 })).score).toBe(10);
    expect(scoreRisk(calm({ failedPayments: 2 })).score).toBe(20);
    expect(scoreRisk(calm({ failedPayments: 9 })).score).toBe(RISK_RULES.failedPayments.cap);
    expect(scoreRisk(calm({ disputes: 1 })).score).toBe(15);
    expect(scoreRisk(calm({ disputes: 5 })).score).toBe(RISK_RULES.disputes.cap);
    expect(codes(calm({ failedPayments: 1, disputes: 1 }))).toEqual(["FAILED_PAYMENTS", "DISPUTES"]);
  });

  it("adds points for velocity: many of the same action in 24 hours", () => {
    expect(scoreRisk(calm({ recentCount: 2 })).score).toBe(0);
    expect(scoreRisk(calm({ recentCount: 3 })).score).toBe(15);
    expect(scoreRisk(calm({ recentCount: 6 })).score).toBe(30);
    expect(codes(calm({ recentCount: 10 }))).toEqual(["VELOCITY_VERY_HIGH"]);
  });

  it("adds points for a first high amount, and for an amount far above the user's history", () => {
    const first = { count: 0, maxAmount: 0 };
    expect(scoreRisk(calm({ history: first, amount: 99_999 })).score).toBe(0);
    expect(scoreRisk(calm({ history: first, amount: 100_000 })).score).toBe(40);
    expect(scoreRisk(calm({ amount: 30_000, history: { count: 2, maxAmount: 10_000 } })).score).toBe(0); // exactly 3×
    expect(scoreRisk(calm({ amount: 30_001, history: { count: 2, maxAmount: 10_000 } })).score).toBe(20);
    expect(scoreRisk(calm({ amount: 100_001, history: { count: 2, maxAmount: 10_000 } })).score).toBe(35);
    // A small amount is never "above history", whatever the ratio.
    expect(scoreRisk(calm({ amount: 19_999, history: { count: 1, maxAmount: 100 } })).score).toBe(0);
    // "For honor" bounties move no money.
    expect(scoreRisk(calm({ amount: 0, history: first })).score).toBe(0);
  });

  it("holds bounties and payouts at the threshold, not one point below", () => {
    // New account (30) + first high amount (40) = 70: the threshold exactly.
    const newAndLarge = calm({ accountAgeMs: 0, amount: 150_000, history: { count: 0, maxAmount: 0 } });
    expect(REVIEW_THRESHOLD).toBe(70);
    expect(scoreRisk(newAndLarge)).toMatchObject({ score: 70, decision: "HOLD" });
    expect(scoreRisk({ ...newAndLarge, kind: "PAYOUT" })).toMatchObject({ score: 70, decision: "HOLD" });
    // A week-old account (15) + first high amount (40) + a failed payment (10) = 65: allowed.
    expect(scoreRisk({ ...newAndLarge, accountAgeMs: 3 * DAY, failedPayments: 1 })).toMatchObject({ score: 65, decision: "ALLOW" });
    // The same failure and dispute either side of the threshold: a 20-day account (5) tips it to 70.
    expect(scoreRisk({ ...newAndLarge, accountAgeMs: 20 * DAY, failedPayments: 1, disputes: 1 })).toMatchObject({ score: 70, decision: "HOLD" });
    expect(scoreRisk({ ...newAndLarge, accountAgeMs: 365 * DAY, failedPayments: 1, disputes: 1 })).toMatchObject({ score: 65, decision: "ALLOW" });
  });

  it("never holds a booking, however high it scores; the score is shown all the same", () => {
    const bad = calm({ kind: "BOOKING", accountAgeMs: 0, failedPayments: 5, disputes: 5, recentCount: 9, amount: 500_000, history: { count: 0, maxAmount: 0 } });
    expect(scoreRisk(bad)).toMatchObject({ score: 100, decision: "ALLOW" });
  });

  it("caps the score at 100 and explains every point", () => {
    const worst = calm({ accountAgeMs: 0, failedPayments: 5, disputes: 5, recentCount: 9, amount: 500_000, history: { count: 0, maxAmount: 0 } });
    const result = scoreRisk(worst);
    expect(result.score).toBe(100);
    expect(result.contributions.every((c) => c.points > 0 && c.detail.length > 0)).toBe(true);
    expect(result.contributions.reduce((s, c) => s + c.points, 0)).toBeGreaterThan(100);
  });
});
