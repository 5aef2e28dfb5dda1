// Pure helpers of the booking lifecycle UI (components/bookings/*); Jest only looks under lib/, scripts/ and app/.
import { cancellationPolicies } from "@/lib/bookings/cancellation-policy";
import { lifecycleErrorMessage } from "@/components/bookings/lifecycle-error";
import { describePolicy, describePolicyRules, describeQuote, formatHoursBefore, POLICY_NAMES } from "@/components/bookings/policy-words";
import { groupSlotsByDay } from "@/components/bookings/slot-picker";

describe("describePolicy", () => {
  it("words each tier as the refund rules apply", () => {
    expect(describePolicy(cancellationPolicies.FLEXIBLE)).toBe(
      "flexible policy: full refund up to 24 h before, half refund up to the start, no refund once it has started",
    );
    expect(describePolicy(cancellationPolicies.MODERATE)).toBe(
      "moderate policy: full refund up to 3 days before, half refund up to 24 h before, no refund after that",
    );
    expect(describePolicy(cancellationPolicies.STRICT)).toBe(
      "strict policy: full refund up to 7 days before, half refund up to 2 days before, no refund after that",
    );
  });

  it("orders rules itself and words odd percentages and a missing 0 % tier", () => {
    const policy = { tier: "MODERATE" as const, rules: [{ hoursBefore: 12, refundPercent: 25 }, { hoursBefore: 36, refundPercent: 100 }] };
    expect(describePolicy(policy)).toBe("moderate policy: full refund up to 36 h before, 25% refund up to 12 h before, no refund after that");
  });

  it("shows hours below two days and whole days above", () => {
    expect(formatHoursBefore(24)).toBe("24 h");
    expect(formatHoursBefore(36)).toBe("36 h");
    expect(formatHoursBefore(48)).toBe("2 days");
    expect(formatHoursBefore(50)).toBe("50 h");
  });
});

// The provider's list of a tier's rules, shown when choosing a policy in the service settings.
describe("describePolicyRules", () => {
  it("words each tier from its refund rules", () => {
    expect(describePolicyRules(cancellationPolicies.FLEXIBLE)).toEqual([
      "Full refund when the customer cancels at least 24 hours before the start",
      "50% refund after that",
    ]);
    expect(describePolicyRules(cancellationPolicies.STRICT)).toEqual([
      "Full refund when the customer cancels at least 7 days before the start",
      "50% refund when the customer cancels at least 2 days before the start",
      "No refund after that",
    ]);
  });

  it("reads rules in any order and a single catch-all rule", () => {
    const rules = [{ hoursBefore: 0, refundPercent: 0 }, { hoursBefore: 72, refundPercent: 100 }];
    expect(describePolicyRules({ tier: "MODERATE", rules })).toEqual(["Full refund when the customer cancels at least 3 days before the start", "No refund after that"]);
    expect(describePolicyRules({ tier: "MODERATE", rules: [{ hoursBefore: 0, refundPercent: 25 }] })).toEqual(["25% refund whenever the customer cancels"]);
  });

  it("names every tier", () => {
    expect(POLICY_NAMES).toEqual({ FLEXIBLE: "Flexible", MODERATE: "Moderate", STRICT: "Strict" });
  });
});

describe("describeQuote", () => {
  const quote = { cancellable: true, refundAmount: 5_000, priceAmount: 10_000, currency: "USD" };
  it("states the refund, the price and the policy for a confirmed booking", () => {
    expect(describeQuote(quote, "CONFIRMED", cancellationPolicies.MODERATE)).toBe(
      "Cancel now and you get $50 back of $100 — moderate policy: full refund up to 3 days before, half refund up to 24 h before, no refund after that.",
    );
  });
  it("explains that withdrawing a request is a full refund", () => {
    expect(describeQuote({ ...quote, refundAmount: 10_000 }, "REQUESTED", cancellationPolicies.STRICT)).toMatch(/^Withdraw your request and you get \$100 back of \$100/);
  });
  it("keeps cents when the refund has them", () => {
    expect(describeQuote({ ...quote, refundAmount: 6_250, priceAmount: 12_500 }, "CONFIRMED", null)).toBe("Cancel now and you get $62.50 back of $125.");
  });
});

describe("lifecycleErrorMessage", () => {
  it("words INVALID_STATE from the current status and marks the view stale", () => {
    const error = { code: "INVALID_STATE", message: "A cancelled booking cannot become completed", details: { currentStatus: "NO_SHOW", allowed: [] } };
    expect(lifecycleErrorMessage(error, "completed")).toEqual({ message: "This booking is already no-show, so it can no longer be completed.", stale: true });
  });
  it("keeps the domain's sentence for a too-early completion", () => {
    const error = { code: "INVALID_STATE", message: "A booking can be completed once it has ended", details: { currentStatus: "CONFIRMED", notBefore: "2030-01-01T00:00:00Z" } };
    expect(lifecycleErrorMessage(error, "completed")).toEqual({ message: "A booking can be completed once it has ended", stale: false });
  });
  it("shows the first field error of VALIDATION_FAILED", () => {
    const error = { code: "VALIDATION_FAILED", message: "Invalid input", details: { fields: { reason: ["Keep the reason under 500 characters"] } } };
    expect(lifecycleErrorMessage(error, "cancelled").message).toBe("Keep the reason under 500 characters");
  });
  it("passes other messages through", () => {
    expect(lifecycleErrorMessage({ code: "FORBIDDEN", message: "Only the provider can do this" }, "marked as a no-show")).toEqual({ message: "Only the provider can do this", stale: false });
  });
});

describe("groupSlotsByDay", () => {
  it("groups by the viewer's calendar day, not the provider's", () => {
    // 09:00, 19:00 and 21:00 on 8 Jan in New York; the last two are already 9 Jan in London.
    const slots = [
      { start: "2030-01-08T14:00:00.000Z", end: "2030-01-08T15:00:00.000Z" },
      { start: "2030-01-09T00:00:00.000Z", end: "2030-01-09T01:00:00.000Z" },
      { start: "2030-01-09T02:00:00.000Z", end: "2030-01-09T03:00:00.000Z" },
    ];
    expect(groupSlotsByDay(slots, "America/New_York").map((d) => [d.key, d.slots.length])).toEqual([["2030-01-08", 3]]);
    expect(groupSlotsByDay(slots, "Europe/London").map((d) => [d.key, d.slots.length])).toEqual([
      ["2030-01-08", 1],
      ["2030-01-09", 2],
    ]);
  });
});
