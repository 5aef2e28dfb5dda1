import type { PolicySnapshot } from "@/lib/bookings/cancellation-policy";
import { formatMoney } from "@/components/ui/format";

// The one home of cancellation-policy wording: the customer's booking and cancel pages, the
// provider's booking page and service settings, and the public profile.

export const POLICY_NAMES: Record<PolicySnapshot["tier"], string> = { FLEXIBLE: "Flexible", MODERATE: "Moderate", STRICT: "Strict" };

/** "24 h", or whole days once that reads better ("3 days" rather than "72 h"). */
export function formatHoursBefore(hours: number): string {
  if (hours >= 48 && hours % 24 === 0) return `${hours / 24} days`;
  return `${hours} h`;
}

function share(percent: number): string {
  if (percent >= 100) return "full refund";
  if (percent === 50) return "half refund";
  if (percent <= 0) return "no refund";
  return `${percent}% refund`;
}

/**
 * A policy snapshot in words, e.g. "moderate policy: full refund up to 3 days before, half refund
 * up to 24 h before, no refund after that". Rules are read as the domain applies them: the
 * first rule (largest `hoursBefore`) the cancellation time satisfies wins; before none, nothing.
 */
export function describePolicy(policy: PolicySnapshot): string {
  const rules = [...policy.rules].sort((a, b) => b.hoursBefore - a.hoursBefore);
  const parts: string[] = [];
  for (const [i, rule] of rules.entries()) {
    const isLast = i === rules.length - 1;
    if (rule.hoursBefore > 0) parts.push(`${share(rule.refundPercent)} up to ${formatHoursBefore(rule.hoursBefore)} before`);
    else if (rule.refundPercent > 0) parts.push(`${share(rule.refundPercent)} up to the start`);
    else parts.push(`${share(rule.refundPercent)} after that`);
    // Past the last window nothing is refunded; say so unless the last rule already did.
    if (isLast && rule.refundPercent > 0) parts.push(rule.hoursBefore > 0 ? "no refund after that" : "no refund once it has started");
  }
  return `${policy.tier.toLowerCase()} policy: ${parts.join(", ")}`;
}

/** "24 hours", or whole days once that reads better: the long form, for the rule lists. */
function spelledOutHours(hours: number): string {
  return hours >= 48 && hours % 24 === 0 ? `${hours / 24} days` : `${hours} hours`;
}

/**
 * A tier's refund rules as a list for the provider choosing a policy, most generous first, e.g.
 * "Full refund when the customer cancels at least 3 days before the start", "No refund after that".
 */
export function describePolicyRules(snapshot: PolicySnapshot): string[] {
  const rules = [...snapshot.rules].sort((a, b) => b.hoursBefore - a.hoursBefore);
  return rules.map((rule, index) => {
    const refund = rule.refundPercent === 100 ? "Full refund" : rule.refundPercent === 0 ? "No refund" : `${rule.refundPercent}% refund`;
    if (rule.hoursBefore > 0) return `${refund} when the customer cancels at least ${spelledOutHours(rule.hoursBefore)} before the start`;
    return index === 0 ? `${refund} whenever the customer cancels` : `${refund} after that`;
  });
}

export interface CancellationQuote {
  cancellable: boolean;
  refundAmount: number;
  priceAmount: number;
  currency: string;
}

/**
 * The sentence shown before a customer confirms a cancellation. An unanswered request is always
 * a full refund, whatever the policy says.
 */
export function describeQuote(quote: CancellationQuote, status: string, policy: PolicySnapshot | null): string {
  const refund = formatMoney(quote.refundAmount, quote.currency);
  const price = formatMoney(quote.priceAmount, quote.currency);
  if (status === "REQUESTED") return `Withdraw your request and you get ${refund} back of ${price}: the provider hasn't confirmed it yet, so it's a full refund.`;
  const terms = policy ? ` — ${describePolicy(policy)}` : "";
  return `Cancel now and you get ${refund} back of ${price}${terms}.`;
}
