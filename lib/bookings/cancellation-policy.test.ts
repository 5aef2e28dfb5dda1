import { cancellationPolicies, refundFor } from "./cancellation-policy";

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
