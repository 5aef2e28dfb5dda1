import { backoffMs, defaultRetryPolicy } from "./retry";

describe("backoffMs", () => {
  const policy = { baseDelayMs: 1_000, maxDelayMs: 10_000 };

  it("doubles with every failure", () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4].map((n) => backoffMs(n, policy, noJitter))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it("adds at most 10% jitter and never exceeds the cap", () => {
    expect(backoffMs(1, policy, () => 0.999)).toBeLessThanOrEqual(1_100);
    expect(backoffMs(1, policy, () => 0.999)).toBeGreaterThan(1_000);
    expect(backoffMs(20, policy, () => 0.999)).toBe(10_000);
  });

  it("keeps a hung handler's timeout inside the claim lease", () => {
    expect(defaultRetryPolicy.handlerTimeoutMs).toBeLessThan(defaultRetryPolicy.leaseMs);
  });
});
