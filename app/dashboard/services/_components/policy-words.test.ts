import { cancellationPolicies } from "@/lib/bookings/cancellation-policy";
import { describePolicy } from "./policy-words";

describe("describePolicy", () => {
  it("words each tier from its refund rules", () => {
    expect(describePolicy(cancellationPolicies.FLEXIBLE)).toEqual([
      "Full refund when the customer cancels at least 24 hours before the start",
      "50% refund after that",
    ]);
    expect(describePolicy(cancellationPolicies.STRICT)).toEqual([
      "Full refund when the customer cancels at least 7 days before the start",
      "50% refund when the customer cancels at least 2 days before the start",
      "No refund after that",
    ]);
  });

  it("reads rules in any order and a single catch-all rule", () => {
    const rules = [{ hoursBefore: 0, refundPercent: 0 }, { hoursBefore: 72, refundPercent: 100 }];
    expect(describePolicy({ tier: "MODERATE", rules })).toEqual(["Full refund when the customer cancels at least 3 days before the start", "No refund after that"]);
    expect(describePolicy({ tier: "MODERATE", rules: [{ hoursBefore: 0, refundPercent: 25 }] })).toEqual(["25% refund whenever the customer cancels"]);
  });
});
