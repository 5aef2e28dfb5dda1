import type { PolicySnapshot } from "@/lib/bookings/cancellation-policy";

export const POLICY_NAMES: Record<PolicySnapshot["tier"], string> = { FLEXIBLE: "Flexible", MODERATE: "Moderate", STRICT: "Strict" };

function span(hours: number): string {
  return hours >= 48 && hours % 24 === 0 ? `${hours / 24} days` : `${hours} hours`;
}

/** A tier's refund rules in words, most generous first, e.g. "Full refund when … at least 3 days before the start". */
export function describePolicy(snapshot: PolicySnapshot): string[] {
  const rules = [...snapshot.rules].sort((a, b) => b.hoursBefore - a.hoursBefore);
  return rules.map((rule, index) => {
    const refund = rule.refundPercent === 100 ? "Full refund" : rule.refundPercent === 0 ? "No refund" : `${rule.refundPercent}% refund`;
    if (rule.hoursBefore > 0) return `${refund} when the customer cancels at least ${span(rule.hoursBefore)} before the start`;
    return index === 0 ? `${refund} whenever the customer cancels` : `${refund} after that`;
  });
}
