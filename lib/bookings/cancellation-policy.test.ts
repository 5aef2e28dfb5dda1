import { cancellationPolicies, parsePolicySnapshot, refundFor } from "./cancellation-policy";

const start = new Date("2026-06-10T12:00:00Z");
const hoursBefore = (h: number) => new Date(start.getTime() - h * 3_600_000);

describe("refundFor", () => {
  it("refunds by the tier that the cancellation time reaches", () => {
    const moderate = cancellationPolicies.MODERATE;
    expect(refundFor(moderate, 10_000, start, hoursBefore(100))).toBe(10_000);
    expect(refundFor(moderate, 10_000, start, hoursBefore(72))).toBe(10_000);
    expect(refundFor(moderate, 10_000, start, hoursBefore(71.9))).toBe(5_000);
    expect(refundFor(moderate, 10_000, start, hoursBefore(1))).toBe(0);
    expect(refundFor(moderate, 10_000, start, hoursBefore(-2))).toBe(0);
  });

  it("never refunds more than was paid when the split is uneven", () => {
    expect(refundFor(cancellationPolicies.FLEXIBLE, 999, start, hoursBefore(2))).toBe(499);
  });
});

describe("a deposit in the snapshot", () => {
  const withDeposit = (depositAmount: number) => ({ ...cancellationPolicies.FLEXIBLE, depositAmount });
  const start = new Date("2030-01-10T10:00:00Z");
  const early = new Date("2030-01-01T10:00:00Z");

  it("is kept even when the tier refunds everything", () => {
    expect(refundFor(withDeposit(2_500), 10_000, start, early)).toBe(7_500);
  });

  it("never lowers the refund below what the tier already keeps, nor goes past the price", () => {
    expect(refundFor(withDeposit(1_000), 10_000, start, new Date("2030-01-10T09:00:00Z"))).toBe(5_000);
    expect(refundFor(withDeposit(50_000), 10_000, start, early)).toBe(0);
  });

  it("reads old snapshots without one as no deposit", () => {
    expect(refundFor(parsePolicySnapshot({ tier: "FLEXIBLE", rules: cancellationPolicies.FLEXIBLE.rules }), 10_000, start, early)).toBe(10_000);
  });
});
