import type { PolicySnapshot } from "@/lib/bookings/cancellation-policy";
import { formatMoney } from "@/components/ui/format";

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
